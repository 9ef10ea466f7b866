import { describe, it, expect } from 'vitest';
import { resources } from '../../src-renderer/i18n/resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

describe('user-facing text', () => {
  const vi = flatten(resources.vi.translation as unknown as Tree);
  const en = flatten(resources.en.translation as unknown as Tree);

  // i18next plural forms: Vietnamese has only `_other`, English `_one` and `_other`.
  const base = (keys: Iterable<string>) => [...new Set([...keys].map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

  it('has every message in both Vietnamese and English', () => {
    expect(base(vi.keys())).toEqual(base(en.keys()));
    expect(vi.size).toBeGreaterThan(10);
  });

  it('has no empty message, and every text is Unicode NFC', () => {
    for (const [key, text] of [...vi, ...en]) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).toBe(text.normalize('NFC'));
    }
  });

  it('keeps the same interpolation placeholders in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of vi) {
      const other = en.get(key) ?? en.get(key.replace(/_other$/, '_one')) ?? '';
      expect(vars(other), key).toEqual(vars(text));
    }
  });

  it('speaks Vietnamese with its diacritics (not stripped ASCII)', () => {
    expect(vi.get('app.start.heading')).toBe('Nộp hồ sơ cho phường');
  });
});
