import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode } from '../../../src-shared/crypto';

const viaNode = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('base64url', () => {
  it('matches Node for every length 0–64 and random bytes', () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      const text = base64urlEncode(bytes);
      expect(text).toBe(viaNode(bytes));
      expect(base64urlDecode(text)).toEqual(bytes);
    }
  });

  it('round-trips all byte values', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64urlDecode(base64urlEncode(bytes))).toEqual(bytes);
  });

  it('refuses padding, standard base64 characters, whitespace, bad lengths and non-canonical bits', () => {
    for (const bad of ['QQ==', 'a+b/', 'QU JD', 'Q', 'QUJDR', 'QR', 'QUJ', 'é', '\u0000AAA', null, 42, undefined]) {
      expect(base64urlDecode(bad), JSON.stringify(bad)).toBeNull();
    }
    // 'QQ' is the canonical encoding of "A"; 'QR' carries non-zero unused bits.
    expect(base64urlDecode('QQ')).toEqual(Uint8Array.of(65));
    expect(base64urlDecode('QUI')).toEqual(Uint8Array.of(65, 66));
  });
});
