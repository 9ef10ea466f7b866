import { describe, expect, it } from 'vitest';
import viUi from '../../../src-renderer/i18n/locales/vi/ui.json';
import enUi from '../../../src-renderer/i18n/locales/en/ui.json';

function flatten(obj: object, prefix = ''): Record<string, string> {
  return Object.entries(obj).reduce<Record<string, string>>((acc, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...acc, [path]: value } : { ...acc, ...flatten(value as object, path) };
  }, {});
}

describe('ui.* strings', () => {
  const viStrings = flatten(viUi);
  const enStrings = flatten(enUi);

  it('Vietnamese and English have the same keys', () => {
    expect(Object.keys(enStrings).sort()).toEqual(Object.keys(viStrings).sort());
  });

  it('are NFC and use GOV.UK wording (no please, no invalid)', () => {
    for (const text of [...Object.values(viStrings), ...Object.values(enStrings)]) {
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toMatch(/vui lòng|please|invalid|không hợp lệ/i);
    }
  });
});
