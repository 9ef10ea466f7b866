import { describe, expect, it } from 'vitest';
import type { Condition, Form } from '../../../src-shared/catalog';
import { formSchema } from '../../../src-shared/catalog';
import { evaluateCondition, pruneHiddenAnswers, validateForm, validatePage, visibleFields, visiblePages } from '../../../src-shared/forms';
import { TODAY } from './helpers';

const label = { vi: 'Câu hỏi', en: 'Question' };
const opts = [
  { value: 'a', label },
  { value: 'b', label },
  { value: 'c', label },
];

/** A small form: q1 select, q2 yes/no, q3 number; page `more` shown when q2 is yes; a group with nested conditions. */
const form: Form = formSchema.parse({
  pages: [
    {
      id: 'first',
      title: label,
      fields: [
        { id: 'q1', type: 'select', label, options: opts },
        { id: 'q2', type: 'yesNo', label },
        { id: 'q3', type: 'number', label, optional: true },
        { id: 'q4', type: 'text', label, showIf: { field: 'q1', in: ['b', 'c'] } },
      ],
    },
    {
      id: 'more',
      title: label,
      showIf: { all: [{ field: 'q2', equals: true }, { any: [{ field: 'q1', equals: 'a' }, { field: 'q3', equals: 2 }] }] },
      fields: [
        { id: 'moreText', type: 'text', label },
        { id: 'moreNote', type: 'text', label, showIf: { field: 'moreText', notEmpty: true } },
      ],
    },
    {
      id: 'people',
      title: label,
      fields: [
        {
          id: 'people',
          type: 'group',
          label,
          itemLabel: label,
          minItems: 0,
          maxItems: 5,
          fields: [
            { id: 'isChild', type: 'yesNo', label },
            { id: 'school', type: 'text', label, showIf: { all: [{ field: 'isChild', equals: true }, { field: 'q2', equals: true }] } },
          ],
        },
      ],
    },
  ],
});

describe('evaluateCondition', () => {
  const answers = { q1: 'b', q2: true, q3: ' 2 ', empty: '  ' };
  it.each<[string, Condition, boolean]>([
    ['equals text', { field: 'q1', equals: 'b' }, true],
    ['equals text (other)', { field: 'q1', equals: 'a' }, false],
    ['equals boolean', { field: 'q2', equals: true }, true],
    ['equals false on true', { field: 'q2', equals: false }, false],
    ['equals number typed as text', { field: 'q3', equals: 2 }, true],
    ['in', { field: 'q1', in: ['a', 'b'] }, true],
    ['in (no match)', { field: 'q1', in: ['c'] }, false],
    ['notEmpty', { field: 'q1', notEmpty: true }, true],
    ['notEmpty on blank', { field: 'empty', notEmpty: true }, false],
    ['notEmpty on missing', { field: 'nope', notEmpty: true }, false],
    ['all', { all: [{ field: 'q1', equals: 'b' }, { field: 'q2', equals: true }] }, true],
    ['all (one false)', { all: [{ field: 'q1', equals: 'b' }, { field: 'q2', equals: false }] }, false],
    ['any', { any: [{ field: 'q1', equals: 'a' }, { field: 'q2', equals: true }] }, true],
    ['any (none)', { any: [{ field: 'q1', equals: 'a' }, { field: 'q2', equals: false }] }, false],
    ['a boolean is not the text "true"', { field: 'q2', equals: 'true' }, false],
  ])('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected);
  });

  it('looks in the group item first, then the outer answers', () => {
    expect(evaluateCondition({ field: 'x', equals: 'item' }, { x: 'item' }, { x: 'outer' })).toBe(true);
    expect(evaluateCondition({ field: 'y', equals: 'outer' }, { x: 'item' }, { y: 'outer' })).toBe(true);
  });

  it('never reads inherited keys', () => {
    expect(evaluateCondition({ field: 'constructor', notEmpty: true }, {})).toBe(false);
    expect(evaluateCondition({ field: 'toString', notEmpty: true }, Object.create({ toString: 'x' }))).toBe(false);
  });
});

describe('visible pages and fields', () => {
  it('shows a page only when its condition holds', () => {
    expect(visiblePages(form, { q1: 'a', q2: true }).map((p) => p.id)).toEqual(['first', 'more', 'people']);
    expect(visiblePages(form, { q1: 'b', q2: true }).map((p) => p.id)).toEqual(['first', 'people']);
    expect(visiblePages(form, { q1: 'b', q2: true, q3: '2' }).map((p) => p.id)).toEqual(['first', 'more', 'people']);
  });

  it('shows a field only when its condition holds', () => {
    const first = form.pages[0];
    if (!first) throw new Error('no page');
    expect(visibleFields(first, { q1: 'a' }).map((f) => f.id)).toEqual(['q1', 'q2', 'q3']);
    expect(visibleFields(first, { q1: 'c' }).map((f) => f.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('prunes hidden answers, including answers that depended on a hidden one', () => {
    const pruned = pruneHiddenAnswers(form, { q1: 'a', q2: false, q4: 'hidden', moreText: 'x', moreNote: 'y' });
    expect({ ...pruned }).toEqual({ q1: 'a', q2: false });
  });

  it('does not validate hidden pages or fields', () => {
    const result = validateForm(form, { q1: 'a', q2: false, moreText: 'x'.repeat(5000) }, { today: TODAY });
    expect(result.complete).toBe(true);
    expect(result.pages.map((p) => p.pageId)).toEqual(['first', 'people']);
    expect(validatePage(form, 'more', { q1: 'a', q2: false }, { today: TODAY }).errors).toEqual([]);
  });

  it('validates and keeps a nested field inside a group only when its condition holds (item, then outer)', () => {
    const people = [{ isChild: true, school: '' }, { isChild: false, school: 'dropped' }];
    const shown = validatePage(form, 'people', { q1: 'b', q2: true, q4: 'x', people }, { today: TODAY });
    expect(shown.errors.map((e) => e.fieldId)).toEqual(['people-0-school']);
    const hidden = validateForm(form, { q1: 'b', q2: false, q4: 'x', people }, { today: TODAY });
    expect(hidden.complete).toBe(true);
    expect(hidden.answers.people).toEqual([{ isChild: true }, { isChild: false }]);
  });
});
