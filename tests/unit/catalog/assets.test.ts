import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTION_SETS, parseCatalog, parseProcedureFile } from '../../../src-shared/catalog';
import type { Catalog, Field, Procedure, Rule } from '../../../src-shared/catalog';
import { validationMessagesEn, validationMessagesVi } from '../../../src-shared/validation/messages';
import { CATALOG_DIR, indexFile, procedureFiles, readJson } from './load-assets';

const EXPECTED: Record<string, string> = {
  'civil-status-extract': '2.000635',
  'birth-registration': '1.001193',
  'birth-linked': '2.000986',
  'marriage-registration': '1.000894',
  'marital-status': '1.004873',
  'death-registration': '1.000656',
  'residence-change': '1.004222',
};

function loadCatalog(): Catalog {
  const result = parseCatalog(indexFile(), procedureFiles());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.catalog;
}
const catalog = loadCatalog();
const byId = (id: string): Procedure => {
  const p = catalog.procedures.find((x) => x.id === id);
  if (!p) throw new Error(`no procedure ${id}`);
  return p;
};
const allFields = (p: Procedure): Field[] =>
  p.form.pages.flatMap((page) => page.fields.flatMap((f) => (f.type === 'group' ? [f, ...f.fields] : [f])) as Field[]);
const rules = (p: Procedure): Rule[] => p.form.rules ?? [];

/** Every string value in a JSON tree, with its path. */
function strings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}
/** Every { vi, en } object in a JSON tree. */
function localized(value: unknown, at = ''): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => localized(v, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const obj = value as Record<string, unknown>;
  const own: Array<[string, Record<string, unknown>]> = 'vi' in obj || 'en' in obj ? [[at, obj]] : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => localized(v, at ? `${at}.${k}` : k))];
}

describe('catalog assets', () => {
  it('catalog.json lists exactly the procedure files in assets/catalog', () => {
    const listed = (readJson('catalog.json') as { procedures: string[] }).procedures.sort();
    const present = readdirSync(CATALOG_DIR).filter((f) => f.endsWith('.json') && f !== 'catalog.json').sort();
    expect(listed).toEqual(present);
  });

  it.each(procedureFiles().map((f) => [f.name, f.json] as const))('%s parses', (name, json) => {
    const result = parseProcedureFile(name, json);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('the whole catalog parses, with each of the seven procedure codes exactly once', () => {
    expect(catalog.procedures.map((p) => [p.id, p.code])).toEqual(Object.entries(EXPECTED));
    for (const code of Object.values(EXPECTED)) expect(catalog.procedures.filter((p) => p.code === code)).toHaveLength(1);
  });

  it('every text has Vietnamese and English, non-empty, in NFC', () => {
    for (const { name, json } of procedureFiles()) {
      const texts = localized(json);
      expect(texts.length).toBeGreaterThan(20);
      for (const [at, text] of texts) {
        expect(typeof text.vi === 'string' && text.vi.trim() !== '', `${name}: ${at}.vi`).toBe(true);
        expect(typeof text.en === 'string' && text.en.trim() !== '', `${name}: ${at}.en`).toBe(true);
      }
      for (const [at, s] of strings(json)) expect(s === s.normalize('NFC'), `${name}: ${at} is NFC`).toBe(true);
    }
  });

  it('uses the plain tone: no "vui lòng" or "please", no asterisks', () => {
    for (const { name, json } of procedureFiles()) {
      for (const [at, s] of strings(json)) {
        expect(/vui lòng|please|\*/i.test(s), `${name}: ${at}: ${s}`).toBe(false);
      }
    }
  });

  it('Vietnamese texts carry diacritics (not typed without accents)', () => {
    for (const p of catalog.procedures) expect(/[àáảãạăâđèéêìíòóôơùúưỳý]/i.test(p.title.vi + p.description.vi)).toBe(true);
  });

  it('forms do not ask for contact details: the journey collects them once', () => {
    for (const p of catalog.procedures) expect(allFields(p).filter((f) => f.type === 'phone' || f.type === 'email')).toEqual([]);
  });

  it('option sets named in forms exist', () => {
    for (const p of catalog.procedures) {
      for (const f of allFields(p)) if (f.type === 'select' && f.optionSet) expect(Object.keys(OPTION_SETS)).toContain(f.optionSet);
    }
  });

  it('the marriage form checks the ages 20 (groom) and 18 (bride) and both must come to sign', () => {
    const p = byId('marriage-registration');
    const minAge = rules(p).filter((r) => r.kind === 'minAge');
    expect(minAge.map((r) => [r.birthDate, r.years, r.severity])).toEqual([
      ['groomBirthDate', 20, 'error'],
      ['brideBirthDate', 18, 'error'],
    ]);
    expect(p.serviceLevel).toBe('partial');
    expect(p.inPerson.required).toBe(true);
    expect(p.inPerson.why?.vi).toMatch(/ký/);
    expect(rules(p).filter((r) => r.kind === 'cccdMatches').every((r) => r.severity === 'warning')).toBe(true);
    expect(p.noLongerRequired.map((d) => d.id)).toContain('maritalStatusCertificate');
    expect(p.attach).toEqual([]);
  });

  it('the death form says the date of death is not before the date of birth', () => {
    const p = byId('death-registration');
    expect(rules(p)).toContainEqual(expect.objectContaining({ kind: 'dateNotBefore', date: 'deathDate', notBefore: 'deceasedBirthDate', severity: 'error' }));
    expect(p.notices?.[0]?.vi).toMatch(/15 ngày/);
  });

  it.each(['birth-registration', 'birth-linked'])('%s does not ask for the parents’ marriage certificate', (id) => {
    const p = byId(id);
    for (const slot of p.attach) expect(`${slot.id} ${slot.label.vi} ${slot.label.en}`).not.toMatch(/kết hôn|marriage/i);
    expect(p.noLongerRequired.map((d) => d.id)).toContain('parentsMarriageCertificate');
    const ref = allFields(p).find((f) => f.id === 'parentsMarriageRef');
    expect(ref?.optional).toBe(true);
  });

  it('the linked birth procedure adds residence and the health insurance card, within 3 working days', () => {
    const p = byId('birth-linked');
    expect(p.form.pages.map((x) => x.id)).toEqual(expect.arrayContaining(['residence', 'insurance']));
    expect(p.processingTime.workingDays).toBe(3);
  });

  it('the marital-status form asks the purpose and warns it is not valid for marriage otherwise; valid 6 months', () => {
    const p = byId('marital-status');
    const purpose = allFields(p).find((f) => f.id === 'purpose');
    expect(purpose?.hint?.vi).toMatch(/không dùng được để đăng ký kết hôn/);
    expect(p.notices?.map((n) => n.vi).join(' ')).toMatch(/6 tháng/);
  });

  it('the residence change form has a repeatable group of household members', () => {
    const group = allFields(byId('residence-change')).find((f) => f.type === 'group');
    expect(group?.type === 'group' && group.fields.map((f) => f.type)).toEqual(['fullName', 'date', 'select', 'personalId', 'select']);
  });

  it('no procedure asks for a household book; every one says it is no longer needed', () => {
    for (const p of catalog.procedures) {
      const asked = [...p.attach.map((a) => a.label.vi), ...p.bring.map((b) => b.label.vi)].join(' ');
      expect(asked).not.toMatch(/hộ khẩu|tạm trú/i);
      expect(p.noLongerRequired.map((d) => d.id)).toContain('householdBook');
    }
  });

  it('partial procedures say why the resident must come in person', () => {
    for (const p of catalog.procedures) if (p.serviceLevel === 'partial') expect(p.inPerson.why).toBeDefined();
  });

  it('every validation.* key used in a rule message exists in both languages', () => {
    const lookup = (tree: unknown, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
    const keys = catalog.procedures.flatMap((p) => rules(p).flatMap((r) => (r.message && 'key' in r.message ? [r.message.key] : [])));
    for (const key of [...keys, 'validation.cccd.sexMismatch', 'validation.cccd.birthYearMismatch']) {
      expect(typeof lookup(validationMessagesVi, key), key).toBe('string');
      expect(typeof lookup(validationMessagesEn, key), key).toBe('string');
    }
  });
});
