import { describe, expect, it } from 'vitest';
import { formSchema } from '../../../src-shared/catalog';
import { evaluateRules, validateForm } from '../../../src-shared/forms';
import { date, deathAnswers, loadForm, TODAY } from './helpers';

const label = { vi: 'Câu hỏi', en: 'Question' };

describe('cross-field rules', () => {
  it('skips a rule whose field is hidden, and applies it once the field is shown', () => {
    const form = loadForm('death-registration');
    const notice = { hasDeathNotice: true, deathNoticeIssuer: 'Bệnh viện Bạch Mai', deathNoticeDate: date('19', '5', '2026') };
    const shown = validateForm(form, { ...deathAnswers(), ...notice }, { today: TODAY });
    expect(shown.errors.map((e) => e.fieldId)).toEqual(['deathNoticeDate-day']);
    const hidden = validateForm(form, { ...deathAnswers(), ...notice, hasDeathNotice: false }, { today: TODAY });
    expect(hidden.complete).toBe(true);
  });

  it('measures minAge on an onDate field when given, with an i18n key message', () => {
    const form = formSchema.parse({
      pages: [
        { id: 'p1', title: label, fields: [{ id: 'birth', type: 'date', label }] },
        { id: 'p2', title: label, fields: [{ id: 'event', type: 'date', label }] },
      ],
      rules: [{ kind: 'minAge', birthDate: 'birth', onDate: 'event', years: 18, severity: 'warning', message: { key: 'form.rule.minAge' } }],
    });
    const young = validateForm(form, { birth: date('1', '1', '2000'), event: date('31', '12', '2017') }, { today: TODAY });
    expect(young.complete).toBe(true);
    expect(young.pages[1]?.warnings).toEqual([{ fieldId: 'event-day', message: { key: 'form.rule.minAge', params: { years: 18, age: 17 } } }]);
    const old = validateForm(form, { birth: date('1', '1', '2000'), event: date('1', '1', '2018') }, { today: TODAY });
    expect(old.warnings).toEqual([]);
  });

  it('evaluateRules reads only own keys of the cleaned answers', () => {
    const form = loadForm('marriage-registration');
    expect(evaluateRules(form, Object.create({ groomBirthDate: '2020-01-01' }) as Record<string, string>, { year: 2026, month: 6, day: 15 })).toEqual([]);
  });
});
