import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validationMessagesEn, validationMessagesVi } from '../../../src-shared/validation/messages';
import * as validation from '../../../src-shared/validation';

const SOURCE_DIR = path.resolve(import.meta.dirname, '../../../src-shared/validation');

/** 'validation.cccd.length' → text, for every leaf of a nested message object. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) for (const [k, v] of flatten(value, full)) out.set(k, v);
    else out.set(full, value);
  }
  return out;
}

const vi = flatten(validationMessagesVi);
const en = flatten(validationMessagesEn);
const placeholders = (text: unknown): string[] => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

/** Every 'validation.x.y' string literal in the validator sources. */
function keysUsedInSources(): Set<string> {
  const used = new Set<string>();
  for (const file of readdirSync(SOURCE_DIR)) {
    if (!file.endsWith('.ts') || file === 'messages.ts') continue;
    const text = readFileSync(path.join(SOURCE_DIR, file), 'utf8');
    for (const m of text.matchAll(/'(validation\.[A-Za-z]+\.[A-Za-z]+)'/g)) used.add(m[1] ?? '');
  }
  return used;
}

describe('validation messages', () => {
  it('has exactly the same keys in Vietnamese and English', () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
    expect(vi.size).toBeGreaterThan(50);
  });

  it('has a message for every key the validators use, and no unused key', () => {
    const used = keysUsedInSources();
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !vi.has(k))).toEqual([]);
    expect([...vi.keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it('uses keys namespaced validation.<kind>.<reason>', () => {
    for (const key of vi.keys()) expect(key).toMatch(/^validation\.[a-z]+\.[a-zA-Z]+$/);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    for (const [key, text] of vi) expect(placeholders(en.get(key)), key).toEqual(placeholders(text));
  });

  it('writes plain non-empty text: Vietnamese in NFC, no "invalid", no "please"', () => {
    for (const [key, text] of [...vi, ...en]) {
      expect(typeof text, key).toBe('string');
      const s = String(text);
      expect(s.trim().length, key).toBeGreaterThan(0);
      expect(s.normalize('NFC'), key).toBe(s);
      expect(s, key).not.toMatch(/invalid|please|vui lòng|không hợp lệ|xin hãy/i);
      expect(s, key).not.toMatch(/\s{2,}|^\s|\s$/);
    }
  });

  it('writes Vietnamese with diacritics (not folded to ASCII)', () => {
    const nonAscii = [...vi.values()].filter((t) => /[^\u0020-\u007E]/.test(String(t)));
    expect(nonAscii.length).toBe(vi.size);
  });

  it('is re-exported from the validation index with every validator', () => {
    expect(validation.validationMessagesVi).toBe(validationMessagesVi);
    for (const name of [
      'validatePersonalId',
      'validatePhone',
      'convertOldMobileNumber',
      'formatPhoneForDisplay',
      'validateFullName',
      'nameKey',
      'validateDate',
      'validateYear',
      'parseIsoDate',
      'compareDates',
      'ageOn',
      'validateEmail',
    ]) {
      expect(typeof (validation as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});

describe('validators only return keys that have a message', () => {
  it('for a sample of inputs across every validator', () => {
    const samples = ['', 'a', '0912345678', '001085012345', '27', 'an@gmail.con', '<b>', '😀', '01681234567'];
    const results = samples.flatMap((s) => [
      validation.validatePersonalId(s, { declaredSex: 'female', declaredBirthYear: 1900 }),
      validation.validatePhone(s, { mobileOnly: true }),
      validation.validateFullName(s),
      validation.validateDate({ day: s, month: s, year: s }),
      validation.validateYear(s),
      validation.validateEmail(s),
    ]);
    for (const r of results) {
      const refs = r.ok ? r.warnings : [r.error];
      for (const ref of refs) {
        expect(vi.has(ref.key), ref.key).toBe(true);
        for (const name of placeholders(vi.get(ref.key))) expect(ref.params, `${ref.key} {{${name}}}`).toHaveProperty(name);
      }
    }
  });
});
