import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formMessagesEn, formMessagesVi } from '../../../src-shared/forms';

const SOURCE_DIR = path.resolve(import.meta.dirname, '../../../src-shared/forms');

function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) for (const [k, v] of flatten(value, full)) out.set(k, v);
    else out.set(full, String(value));
  }
  return out;
}

const vi = flatten(formMessagesVi);
const en = flatten(formMessagesEn);
/** Placeholders in a message text. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('form engine messages', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
    expect(vi.size).toBeGreaterThan(15);
  });

  it('has a text for every form.* key the engine uses', () => {
    const used = new Set<string>();
    for (const file of readdirSync(SOURCE_DIR)) {
      if (file === 'messages.ts') continue;
      const text = readFileSync(path.join(SOURCE_DIR, file), 'utf8');
      for (const m of text.matchAll(/'(form\.[a-zA-Z.]+)'/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter((k) => !vi.has(k))).toEqual([]);
  });

  it('uses the same placeholders in both languages (English ones end in En where the value is per language)', () => {
    for (const [key, text] of vi) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    for (const text of vi.values()) expect(text).not.toMatch(/\{\{\w+En\}\}/);
  });

  it('is NFC, with no "please", "vui lòng" or "invalid"', () => {
    for (const text of [...vi.values(), ...en.values()]) {
      expect(text).toBe(text.normalize('NFC'));
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/please|vui lòng|invalid|không hợp lệ/i);
    }
  });
});
