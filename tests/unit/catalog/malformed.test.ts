import { describe, expect, it } from 'vitest';
import { parseCatalog, parseCatalogIndex, parseProcedureFile } from '../../../src-shared/catalog';
import { copyOf, indexFile, procedureFiles } from './load-assets';

const FILE = 'birth-registration.json';
type Json = Record<string, unknown>;
type Page = { id: string; fields: Json[]; showIf?: unknown };

/** The birth form's pages, to break. */
const pagesOf = (p: Json): Page[] => (p.form as { pages: Page[] }).pages;
const page = (p: Json, i: number): Page => {
  const found = pagesOf(p)[i];
  if (!found) throw new Error(`no page ${i}`);
  return found;
};
const field = (p: Json, pageIndex: number, fieldIndex: number): Json => {
  const found = page(p, pageIndex).fields[fieldIndex];
  if (!found) throw new Error(`no field ${fieldIndex}`);
  return found;
};

function errorsOf(json: unknown, name = FILE): string[] {
  const result = parseProcedureFile(name, json);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('a malformed procedure file is rejected with a message naming the file and the field', () => {
  it('a missing English label', () => {
    const p = copyOf(FILE);
    delete (field(p, 2, 0).label as Json).en;
    expect(errorsOf(p)).toEqual(['birth-registration.json: form.pages[2].fields[0].label.en: required']);
  });

  it('an empty text', () => {
    const p = copyOf(FILE);
    (p.title as Json).vi = '  ';
    expect(errorsOf(p)).toEqual(['birth-registration.json: title.vi: must not be empty']);
  });

  it('a wrong field type', () => {
    const p = copyOf(FILE);
    field(p, 1, 2).type = 'dropdown';
    const [message] = errorsOf(p);
    expect(message).toMatch(/^birth-registration\.json: form\.pages\[1\]\.fields\[2\]\.type: must be one of: text, fullName, date, .*group$/);
  });

  it('a duplicate field id', () => {
    const p = copyOf(FILE);
    field(p, 1, 1).id = 'childName';
    expect(errorsOf(p)).toEqual(['birth-registration.json: form.pages[1].fields[1].id: field id "childName" is used twice (first at pages[1].fields[0])']);
  });

  it('a showIf pointing to a later field', () => {
    const p = copyOf(FILE);
    field(p, 1, 0).showIf = { field: 'hasFather', equals: true };
    expect(errorsOf(p)).toEqual([
      'birth-registration.json: form.pages[1].fields[0].showIf.field: showIf refers to "hasFather", which comes later: it can only use an earlier answer',
    ]);
  });

  it('a page showIf pointing to a field on the same page', () => {
    const p = copyOf(FILE);
    page(p, 4).showIf = { field: 'hasFather', equals: true };
    expect(errorsOf(p)).toEqual(['birth-registration.json: form.pages[4].showIf.field: showIf refers to "hasFather", which comes later: it can only use an earlier answer']);
  });

  it('a showIf pointing to an unknown field, inside all/any', () => {
    const p = copyOf(FILE);
    page(p, 5).showIf = { all: [{ field: 'hasFather', equals: true }, { any: [{ field: 'fatherIsKnown', notEmpty: true }] }] };
    expect(errorsOf(p)).toEqual(['birth-registration.json: form.pages[5].showIf.all[1].any[0].field: showIf refers to a field "fatherIsKnown" that does not exist']);
  });

  it('a showIf comparing a yes/no answer with text', () => {
    const p = copyOf(FILE);
    page(p, 5).showIf = { field: 'hasFather', equals: 'yes' };
    expect(errorsOf(p)).toEqual(['birth-registration.json: form.pages[5].showIf: "hasFather" is a yes/no question: use equals: true or equals: false']);
  });

  it('a showIf with a value that is not an option', () => {
    const p = copyOf(FILE);
    page(p, 5).showIf = { field: 'childSex', in: ['male', 'boy'] };
    expect(errorsOf(p)).toEqual(['birth-registration.json: form.pages[5].showIf: "boy" is not an option of "childSex"']);
  });

  it('a showIf with two tests at once', () => {
    const p = copyOf(FILE);
    page(p, 5).showIf = { field: 'hasFather', equals: true, notEmpty: true };
    expect(errorsOf(p)[0]).toMatch(/^birth-registration\.json: form\.pages\[5\]\.showIf\.notEmpty: unknown field/);
  });

  it('a non-NFC string', () => {
    const p = copyOf(FILE);
    (p.title as Json).vi = 'Đăng ký khai sinh'.normalize('NFD');
    expect(errorsOf(p)).toEqual([
      'birth-registration.json: title.vi: is not in Unicode NFC form (letters with separate accent marks): save the file as NFC',
    ]);
  });

  it('a procedure code in a wrong format', () => {
    const p = copyOf(FILE);
    p.code = '1001193';
    expect(errorsOf(p)).toEqual(['birth-registration.json: code: must be a national procedure code: a digit, a dot and 6 digits, like 1.001193']);
  });

  it('extra unknown keys, at the top and deep inside', () => {
    const p = copyOf(FILE);
    p.colour = 'blue';
    field(p, 1, 0).placeholder = { vi: 'x', en: 'x' };
    expect(errorsOf(p)).toEqual([
      'birth-registration.json: form.pages[1].fields[0].placeholder: unknown field (not allowed here: check the spelling)',
      'birth-registration.json: colour: unknown field (not allowed here: check the spelling)',
    ]);
  });

  it.each([
    ['a list', []],
    ['a string', 'birth'],
    ['null', null],
    ['a number', 42],
  ])('a file holding %s instead of an object', (_what, json) => {
    expect(errorsOf(json)).toEqual(['birth-registration.json: the file must hold one JSON object { … }']);
  });

  it('an empty pages list', () => {
    const p = copyOf(FILE);
    (p.form as Json).pages = [];
    expect(errorsOf(p)).toEqual(['birth-registration.json: form.pages: a form needs at least 1 page']);
  });

  it('a page without fields', () => {
    const p = copyOf(FILE);
    page(p, 0).fields = [];
    expect(errorsOf(p)).toEqual(['birth-registration.json: form.pages[0].fields: a page needs at least 1 field']);
  });

  it('a wrong value type and a bad identifier', () => {
    const p = copyOf(FILE);
    p.estimatedMinutes = '15';
    field(p, 1, 0).id = 'child-name';
    expect(errorsOf(p)).toEqual([
      'birth-registration.json: estimatedMinutes: must be a number',
      'birth-registration.json: form.pages[1].fields[0].id: must be an identifier: a lower-case letter, then letters or digits (like birthDate)',
    ]);
  });

  it('a partial procedure without the reason to come in person', () => {
    const p = copyOf('marriage-registration.json');
    p.inPerson = { required: true };
    expect(errorsOf(p, 'marriage-registration.json')).toEqual(['marriage-registration.json: inPerson.why: required when inPerson.required is true: say why']);
  });

  it('a rule pointing to a field of the wrong type, and a CCCD rule that blocks', () => {
    const p = copyOf('marriage-registration.json');
    const rules = (p.form as { rules: Json[] }).rules;
    (rules[0] as Json).birthDate = 'groomName';
    (rules[2] as Json).severity = 'error';
    expect(errorsOf(p, 'marriage-registration.json')).toEqual([
      'marriage-registration.json: form.rules[2].severity: must be "warning": a personal ID that disagrees with the form only warns',
    ]);
    (rules[2] as Json).severity = 'warning';
    expect(errorsOf(p, 'marriage-registration.json')).toEqual([
      'marriage-registration.json: form.rules[0].birthDate: rule minAge.birthDate refers to "groomName", a fullName field: it must be date',
    ]);
  });

  it('an attachment slot condition on an unknown field', () => {
    const p = copyOf(FILE);
    ((p.attach as Json[])[0] as Json).showIf = { field: 'hasCertificate', equals: true };
    expect(errorsOf(p)).toEqual(['birth-registration.json: attach[0].showIf.field: showIf refers to a field "hasCertificate" that does not exist']);
  });

  it('never throws, even on a hostile object', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const result = parseProcedureFile(FILE, hostile);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toMatch(/^birth-registration\.json: /);
  });

  it('caps the messages for a very broken file', () => {
    const p = copyOf(FILE);
    for (const pg of pagesOf(p)) for (const f of pg.fields) f.label = {};
    const errors = errorsOf(p);
    expect(errors.length).toBe(51);
    expect(errors.at(-1)).toMatch(/^birth-registration\.json: … and \d+ more problems$/);
  });
});

describe('the whole catalog', () => {
  const files = procedureFiles();

  it('duplicate ids and codes across files name both files', () => {
    const twin = structuredClone(files[1]) as { name: string; json: Json };
    const copy = { name: 'civil-status-extract.json', json: { ...twin.json, id: 'civil-status-extract' } };
    const result = parseCatalog(indexFile(), [copy, ...files.slice(1)]);
    expect(result.ok ? [] : result.errors).toEqual(['birth-registration.json: code: "1.001193" is also used by civil-status-extract.json']);
  });

  it('a file listed but missing, a file given but not listed, an id not matching its file name', () => {
    const [first, ...rest] = files;
    const stray = { name: 'extra.json', json: { ...(copyOf('birth-registration.json') as Json) } };
    const result = parseCatalog(indexFile(), [...rest, stray]);
    expect(result.ok ? [] : result.errors).toEqual([
      'extra.json: not listed in catalog.json (procedures)',
      `catalog.json: procedures[0]: "${first?.name ?? ''}" is listed but the file is missing`,
    ]);
    const renamed = parseCatalog(indexFile(), [{ name: 'civil-status-extract.json', json: { ...(first?.json as Json), id: 'extract' } }, ...rest]);
    expect(renamed.ok ? [] : renamed.errors).toEqual(['civil-status-extract.json: id: "extract" must match the file name (extract.json)']);
  });

  it('a procedure version later than the catalog version, and a bad catalog.json', () => {
    const later = files.map((f, i) => (i === 2 ? { ...f, json: { ...(f.json as Json), catalogVersion: '2027.1' } } : f));
    const result = parseCatalog(indexFile(), later);
    expect(result.ok ? [] : result.errors).toEqual(["birth-linked.json: catalogVersion: 2027.1 is later than catalog.json's 2026.1"]);
    const index = parseCatalogIndex('catalog.json', { catalogVersion: '1', validFrom: '2026-02-30', procedures: ['a.json', 'a.json'] });
    expect(index.ok ? [] : index.errors).toEqual([
      'catalog.json: catalogVersion: must be a version like 2026.1 (year, dot, number)',
      'catalog.json: validFrom: must be a date written YYYY-MM-DD, like 2026-11-24',
      'catalog.json: procedures[1]: "a.json" is listed twice',
    ]);
  });
});
