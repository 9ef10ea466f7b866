import { describe, it, expect } from 'vitest';
import { createI18n } from '../../src-renderer/i18n/i18n';
import { translateMessage } from '../../src-renderer/i18n/message';
import { validatePersonalId, validatePhone } from '../../src-shared/validation';
import { validateField } from '../../src-shared/forms';

describe('validator messages reach the resident in their language', () => {
  it('turns a CCCD error into a plain Vietnamese and English sentence', () => {
    const result = validatePersonalId('12345');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const vi = translateMessage(createI18n('vi'), result.error);
    const en = translateMessage(createI18n('en'), result.error);
    expect(vi).toMatch(/12 chữ số/);
    expect(en).toMatch(/12/);
    expect(vi).not.toBe(result.error.key);
    expect(en).not.toBe(result.error.key);
  });

  it('offers the new number for an old 11-digit mobile number', () => {
    const result = validatePhone('01689123456');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const vi = translateMessage(createI18n('vi'), result.error);
    expect(vi).toContain('0389');
  });

  it('names the unanswered question in the language of the screen', () => {
    const field = { id: 'purpose', type: 'text', label: { vi: 'Mục đích sử dụng', en: 'Purpose of use' } } as const;
    const result = validateField(field as never, '');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(translateMessage(createI18n('vi'), result.error)).toContain('Mục đích sử dụng');
    expect(translateMessage(createI18n('en'), result.error)).toContain('Purpose of use');
  });
});
