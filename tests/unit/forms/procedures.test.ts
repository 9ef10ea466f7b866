import { describe, expect, it } from 'vitest';
import { validateForm, validatePage } from '../../../src-shared/forms';
import { birthAnswers, date, deathAnswers, loadForm, marriageAnswers, residenceAnswers, TODAY } from './helpers';

const opts = { today: TODAY };
const keys = (list: Array<{ message: { key: string } }>) => list.map((e) => e.message.key);

describe('marriage registration (real catalog form)', () => {
  const form = loadForm('marriage-registration');

  it('accepts a fully valid application, cleaned and ready to store', () => {
    const result = validateForm(form, marriageAnswers(), opts);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.answers.brideBirthDate).toBe('1998-05-10');
    expect(result.answers.copiesCount).toBe(2);
    expect(result.answers.brideAddress).toEqual({ province: '01', ward: '00103', street: '12 Phố Huế' });
    expect(result.pages.map((p) => p.pageId)).toEqual(form.pages.map((p) => p.id));
  });

  it('refuses a groom aged 19 on the filing date, on the groom identity page', () => {
    const answers = { ...marriageAnswers(), groomBirthDate: date('16', '6', '2006'), groomId: '001206012345' };
    const page = validatePage(form, 'groomIdentity', answers, opts);
    expect(page.errors).toHaveLength(1);
    expect(page.errors[0]).toMatchObject({ fieldId: 'groomBirthDate-day', message: { key: 'form.rule.custom' } });
    expect(page.errors[0]?.message.params?.textEn).toMatch(/groom must be 20/);
    expect(validateForm(form, answers, opts).complete).toBe(false);
  });

  it('a groom who turns 20 on the filing date passes', () => {
    const answers = { ...marriageAnswers(), groomBirthDate: date('15', '6', '2006'), groomId: '001206012345' };
    expect(validateForm(form, answers, opts).errors).toEqual([]);
  });

  it('refuses a bride aged 17 and accepts a bride of exactly 18', () => {
    const at17 = { ...marriageAnswers(), brideBirthDate: date('16', '6', '2008'), brideId: '001308012345' };
    const errors = validatePage(form, 'brideIdentity', at17, opts).errors;
    expect(errors.map((e) => e.message.params?.textEn)).toEqual(['The bride must be 18 or older on the day the marriage is registered.']);
    const at18 = { ...marriageAnswers(), brideBirthDate: date('15', '6', '2008'), brideId: '001308012345' };
    expect(validateForm(form, at18, opts).complete).toBe(true);
  });

  it('a personal ID whose century digit disagrees with the birth date warns but does not block', () => {
    // 0 = male born in the 1900s, but the bride is declared born in 2008 (and female).
    const answers = { ...marriageAnswers(), brideBirthDate: date('15', '6', '2008'), brideId: '001008012345' };
    const result = validateForm(form, answers, opts);
    expect(result.complete).toBe(true);
    expect(result.warnings).toEqual([
      { fieldId: 'brideId', message: { key: 'validation.cccd.birthYearMismatch', params: { year: 1908, declared: 2008 } } },
    ]);
  });

  it('skips the age rule while the date itself is in error', () => {
    const answers = { ...marriageAnswers(), groomBirthDate: date('31', '2', '2010') };
    expect(keys(validatePage(form, 'groomIdentity', answers, opts).errors)).toEqual(['validation.date.notReal']);
  });

  it('does not ask for the number of copies when no copies are wanted, and drops a stale answer', () => {
    const answers = { ...marriageAnswers(), wantCopies: false, copiesCount: 'abc' };
    const result = validateForm(form, answers, opts);
    expect(result.complete).toBe(true);
    expect('copiesCount' in result.answers).toBe(false);
  });
});

describe('death registration', () => {
  const form = loadForm('death-registration');

  it('accepts a valid application', () => {
    expect(validateForm(form, deathAnswers(), opts).errors).toEqual([]);
  });

  it('refuses a date of death before the date of birth, on the death page', () => {
    const answers = { ...deathAnswers(), deathDate: date('1', '1', '1939') };
    const result = validateForm(form, answers, opts);
    expect(result.complete).toBe(false);
    const page = result.pages.find((p) => p.pageId === 'death');
    expect(page?.errors.map((e) => e.fieldId)).toEqual(['deathDate-day']);
    expect(page?.errors[0]?.message.params?.text).toBe('Ngày mất không thể trước ngày sinh. Kiểm tra lại hai ngày này.');
  });

  it('warns when the personal ID disagrees with the declared sex', () => {
    const answers = { ...deathAnswers(), deceasedId: '001140012345' };
    const result = validateForm(form, answers, opts);
    expect(result.complete).toBe(true);
    expect(keys(result.warnings)).toEqual(['validation.cccd.sexMismatch']);
  });

  it('checks the death notice fields only when there is a notice', () => {
    const withNotice = { ...deathAnswers(), hasDeathNotice: true };
    const errors = validatePage(form, 'deathNoticePage', withNotice, opts).errors;
    expect(errors.map((e) => e.fieldId)).toEqual(['deathNoticeIssuer', 'deathNoticeDate-day']);
  });
});

describe('birth registration', () => {
  const form = loadForm('birth-registration');

  it('validates without the father: the father page is hidden and skipped', () => {
    const result = validateForm(form, { ...birthAnswers(), fatherName: '123' }, opts);
    expect(result.errors).toEqual([]);
    expect(result.pages.map((p) => p.pageId)).not.toContain('father');
    expect('fatherName' in result.answers).toBe(false);
  });

  it('asks for the father when the father is given', () => {
    const errors = validatePage(form, 'father', { ...birthAnswers(), hasFather: true }, opts).errors;
    expect(keys(errors)).toEqual([
      'validation.name.empty',
      'validation.year.empty',
      'form.select.choose',
      'form.select.choose',
      'form.address.province',
    ]);
  });

  it("warns when the mother's ID gives another birth year", () => {
    const result = validateForm(form, { ...birthAnswers(), motherId: '001190012345' }, opts);
    expect(result.complete).toBe(true);
    expect(result.warnings).toEqual([
      { fieldId: 'motherId', message: { key: 'validation.cccd.birthYearMismatch', params: { year: 1990, declared: 1995 } } },
    ]);
  });
});

describe('residence change (household members group)', () => {
  const form = loadForm('residence-change');

  it('accepts 2 household members, cleaned per item', () => {
    const result = validateForm(form, residenceAnswers(2), opts);
    expect(result.errors).toEqual([]);
    expect(result.answers.members).toHaveLength(2);
    expect(result.answers.members).toMatchObject([{ memberBirthDate: '2000-02-01' }, { memberBirthDate: '2000-02-02' }]);
  });

  it('refuses 16 members (at most 15)', () => {
    const errors = validatePage(form, 'members', residenceAnswers(16), opts).errors;
    expect(errors).toEqual([
      { fieldId: 'members', message: { key: 'form.group.tooMany', params: expect.objectContaining({ max: 15, extra: 1 }) as unknown } },
    ]);
  });

  it('needs at least one member when others are moving', () => {
    const answers = { ...residenceAnswers(0), othersMoving: true, members: [] };
    expect(keys(validatePage(form, 'members', answers, opts).errors)).toEqual(['form.group.tooFew']);
  });

  it('points item errors at `${group}-${index}-${field}`', () => {
    const answers = residenceAnswers(2);
    const members = answers.members as Array<Record<string, unknown>>;
    members[1] = { ...members[1], memberName: 'Nguyễn 2', memberBirthDate: date('', '2', '2000') };
    const errors = validatePage(form, 'members', answers, opts).errors;
    expect(errors.map((e) => [e.fieldId, e.message.key])).toEqual([
      ['members-1-memberName', 'validation.name.digits'],
      ['members-1-memberBirthDate-day', 'validation.date.missingDay'],
    ]);
  });

  it('warns when a member ID disagrees with the sex in the same item', () => {
    const answers = residenceAnswers(1);
    const members = answers.members as Array<Record<string, unknown>>;
    members[0] = { ...members[0], memberId: '001300012345' };
    const result = validateForm(form, answers, opts);
    expect(result.complete).toBe(true);
    expect(result.warnings.map((w) => [w.fieldId, w.message.key])).toEqual([['members-0-memberId', 'validation.cccd.sexMismatch']]);
  });

  it('hides the head-of-household questions for the head, and drops the members when nobody moves', () => {
    const answers = { ...residenceAnswers(0), members: [{ memberName: 'x' }], headName: '<b>' };
    const result = validateForm(form, answers, opts);
    expect(result.errors).toEqual([]);
    expect(Object.keys(result.answers)).not.toContain('members');
    expect(Object.keys(result.answers)).not.toContain('headName');
  });
});
