import { describe, expect, it } from 'vitest';
import { typeSequence } from '../../../src-renderer/keyboard/engine';
import { OLD_STYLE_WORDS, WORDS } from './words';

describe('word list', () => {
  it('has at least 300 entries, all NFC', () => {
    expect(WORDS.length).toBeGreaterThanOrEqual(300);
    for (const [expected] of [...WORDS, ...OLD_STYLE_WORDS]) expect(expected).toBe(expected.normalize('NFC'));
  });
});

describe('Telex, new-style tone placement (default)', () => {
  it.each(WORDS)('%s ← %s', (expected, telex) => {
    expect(typeSequence(telex, { method: 'telex' })).toBe(expected);
  });
});

describe('VNI, new-style tone placement (default)', () => {
  it.each(WORDS.map(([expected, , vni]) => [expected, vni] as const))('%s ← %s', (expected, vni) => {
    expect(typeSequence(vni, { method: 'vni' })).toBe(expected);
  });
});

describe("old-style tone placement (tonePlacement: 'old')", () => {
  it.each(OLD_STYLE_WORDS)('%s ← %s / %s', (expected, telex, vni) => {
    expect(typeSequence(telex, { method: 'telex', tonePlacement: 'old' })).toBe(expected);
    expect(typeSequence(vni, { method: 'vni', tonePlacement: 'old' })).toBe(expected);
  });

  it('leaves every other entry as in the new style', () => {
    const changed = new Set(OLD_STYLE_WORDS.map(([, telex]) => telex));
    for (const [expected, telex, vni] of WORDS) {
      if (changed.has(telex)) continue;
      expect(typeSequence(telex, { method: 'telex', tonePlacement: 'old' })).toBe(expected);
      expect(typeSequence(vni, { method: 'vni', tonePlacement: 'old' })).toBe(expected);
    }
  });
});
