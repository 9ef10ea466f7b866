import { describe, expect, it } from 'vitest';
import { answerSummary, validateForm } from '../../../src-shared/forms';
import { loadForm, marriageAnswers, residenceAnswers, TODAY } from './helpers';

const names = { province: (c: string) => (c === '01' ? 'Hà Nội' : undefined), ward: (c: string) => (c === '00103' ? 'Phường Tây Hồ' : undefined) };

describe('answerSummary', () => {
  const form = loadForm('marriage-registration');
  const cleaned = validateForm(form, marriageAnswers(), { today: TODAY }).answers;
  const row = (rows: ReturnType<typeof answerSummary>, id: string) => rows.find((r) => r.fieldId === id);

  it('shows dates as dd/mm/yyyy and select labels, yes/no and address in Vietnamese', () => {
    const rows = answerSummary(form, cleaned, names, 'vi');
    expect(row(rows, 'brideBirthDate')).toEqual({ pageId: 'brideIdentity', fieldId: 'brideBirthDate', label: 'Ngày sinh của bên nữ', displayValue: '10/05/1998' });
    expect(row(rows, 'groomMaritalStatus')?.displayValue).toBe('Đã ly hôn');
    expect(row(rows, 'brideNationality')?.displayValue).toBe('Việt Nam');
    expect(row(rows, 'wantCopies')?.displayValue).toBe('Có');
    expect(row(rows, 'copiesCount')?.displayValue).toBe('2');
    expect(row(rows, 'brideAddress')?.displayValue).toBe('12 Phố Huế, Phường Tây Hồ, Hà Nội');
    expect(rows.map((r) => r.fieldId)).toEqual(form.pages.flatMap((p) => p.fields.map((f) => f.id)));
  });

  it('shows the same answers in English', () => {
    const rows = answerSummary(form, cleaned, {}, 'en');
    expect(row(rows, 'brideBirthDate')?.displayValue).toBe('10/05/1998');
    expect(row(rows, 'groomMaritalStatus')?.displayValue).toBe('Divorced');
    expect(row(rows, 'brideNationality')?.displayValue).toBe('Vietnam');
    expect(row(rows, 'brideEthnicity')?.displayValue).toBe('Kinh (Viet)');
    expect(row(rows, 'wantCopies')?.displayValue).toBe('Yes');
    expect(row(rows, 'brideAddress')?.displayValue).toBe('12 Phố Huế, 00103, 01');
    expect(row(rows, 'brideName')?.label).toBe('Full name of the bride');
  });

  it('leaves out hidden and unanswered fields', () => {
    const noCopies = validateForm(form, { ...marriageAnswers(), wantCopies: false, copiesCount: '3' }, { today: TODAY }).answers;
    const rows = answerSummary(form, noCopies, {}, 'vi');
    expect(row(rows, 'wantCopies')?.displayValue).toBe('Không');
    expect(row(rows, 'copiesCount')).toBeUndefined();
  });

  it('lists group items one per line', () => {
    const residence = loadForm('residence-change');
    const answers = validateForm(residence, residenceAnswers(2), { today: TODAY }).answers;
    const members = row(answerSummary(residence, answers, {}, 'en'), 'members');
    expect(members?.displayValue.split('\n')).toHaveLength(2);
    expect(members?.displayValue.split('\n')[0]).toMatch(/^.+ 1: Nguyễn Văn An, 01\/02\/2000, Male, Son or daughter$/);
  });
});
