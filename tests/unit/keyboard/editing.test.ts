import { describe, expect, it } from 'vitest';
import { applyMark, applyTone, typeKey } from '../../../src-renderer/keyboard/engine';
import { TELEX, TELEX_OLD, VNI, typeFrom } from './helpers';

describe('caret in the middle of the text', () => {
  it('a tone key after "Nguyen" in "Nguyen Thi Hoa" changes only that word', () => {
    expect(typeKey({ text: 'Nguyen Thi Hoa', caret: 6 }, 'x', TELEX)).toEqual({ text: 'Nguyễn Thi Hoa', caret: 6 });
    expect(typeKey({ text: 'Nguyen Thi Hoa', caret: 10 }, 'j', TELEX)).toEqual({ text: 'Nguyen Thị Hoa', caret: 10 });
    expect(typeKey({ text: 'Nguyen Thi Hoa', caret: 6 }, '4', VNI)).toEqual({ text: 'Nguyễn Thi Hoa', caret: 6 });
  });

  it('types a new word in the middle and keeps the text after the caret', () => {
    const s = typeFrom({ text: 'Nguyễn Hoà', caret: 7 }, 'Thij ', TELEX);
    expect(s).toEqual({ text: 'Nguyễn Thị Hoà', caret: 11 });
  });

  it('typing at the start of the text inserts there', () => {
    expect(typeFrom({ text: ' Văn', caret: 0 }, 'Traanf', TELEX)).toEqual({ text: 'Trần Văn', caret: 4 });
  });

  it('clamps a caret outside the text', () => {
    expect(typeKey({ text: 'hoa', caret: 99 }, 'f', TELEX)).toEqual({ text: 'hoà', caret: 3 });
    expect(typeKey({ text: 'hoa', caret: -5 }, 'x', TELEX)).toEqual({ text: 'xhoa', caret: 1 });
  });

  it('space and punctuation end the word', () => {
    expect(typeFrom({ text: '', caret: 0 }, 'hoa, s', TELEX).text).toBe('hoa, s');
    expect(typeFrom({ text: '', caret: 0 }, 'Hoaf.', TELEX).text).toBe('Hoà.');
  });
});

describe('NFD input is normalised to NFC', () => {
  const nfd = (s: string): string => s.normalize('NFD');

  it('continues an NFD word and returns NFC', () => {
    const text = nfd('Hoà');
    const s = typeKey({ text, caret: text.length }, 'n', TELEX);
    expect(s).toEqual({ text: 'Hoàn', caret: 4 });
    expect(s.text).toBe(s.text.normalize('NFC'));
  });

  it('maps an NFD caret to the NFC text', () => {
    const text = nfd('Nguyễn Thi');
    const s = typeKey({ text, caret: text.length }, 'j', TELEX);
    expect(s).toEqual({ text: 'Nguyễn Thị', caret: 10 });
    const mid = typeKey({ text: nfd('Tiếng Viet'), caret: nfd('Tiếng').length }, ' ', TELEX);
    expect(mid).toEqual({ text: 'Tiếng  Viet', caret: 6 });
  });

  it('normalises an NFD key', () => {
    expect(typeKey({ text: 'Ho', caret: 2 }, nfd('à'), TELEX).text).toBe('Hoà');
  });
});

describe('direct mode: tone row and mark keys', () => {
  it('types keys as they are', () => {
    expect(typeFrom({ text: '', caret: 0 }, 'Hoas6', { method: 'direct' }).text).toBe('Hoas6');
    expect(typeFrom({ text: '', caret: 0 }, 'Hoà', { method: 'direct' }).text).toBe('Hoà');
  });

  it('applyTone places the tone on the right vowel of the word before the caret', () => {
    expect(applyTone({ text: 'Hoa', caret: 3 }, 'grave')).toEqual({ text: 'Hoà', caret: 3 });
    expect(applyTone({ text: 'Hoa', caret: 3 }, 'grave', TELEX_OLD)).toEqual({ text: 'Hòa', caret: 3 });
    expect(applyTone({ text: 'Nguyên Thi', caret: 6 }, 'tilde')).toEqual({ text: 'Nguyễn Thi', caret: 6 });
    expect(applyTone({ text: 'Thuy', caret: 4 }, 'hook').text).toBe('Thuỷ');
    expect(applyTone({ text: 'người', caret: 5 }, 'none').text).toBe('ngươi');
    expect(applyTone({ text: 'hoà', caret: 3 }, 'acute').text).toBe('hoá');
    expect(applyTone({ text: 'hoá', caret: 3 }, 'acute').text).toBe('hoá');
  });

  it('applyMark puts the mark on the right vowel, ươ on uo, đ on the initial d', () => {
    expect(applyMark({ text: 'Nguyen', caret: 6 }, 'circumflex').text).toBe('Nguyên');
    expect(applyMark({ text: 'nguoi', caret: 5 }, 'horn').text).toBe('ngươi');
    expect(applyMark({ text: 'Dang', caret: 4 }, 'breve').text).toBe('Dăng');
    expect(applyMark({ text: 'Dăng', caret: 4 }, 'stroke').text).toBe('Đăng');
    expect(applyMark({ text: 'mua', caret: 3 }, 'horn').text).toBe('mưa');
    const duoc = applyMark(applyMark({ text: 'duoc', caret: 4 }, 'stroke'), 'horn');
    expect(applyTone(duoc, 'dot')).toEqual({ text: 'được', caret: 4 });
  });

  it('does nothing when there is no vowel or the mark does not fit', () => {
    expect(applyTone({ text: 'ng', caret: 2 }, 'acute').text).toBe('ng');
    expect(applyTone({ text: '', caret: 0 }, 'acute')).toEqual({ text: '', caret: 0 });
    expect(applyMark({ text: 'Smith', caret: 5 }, 'circumflex').text).toBe('Smith');
    expect(applyMark({ text: 'hoa', caret: 3 }, 'stroke').text).toBe('hoa');
    expect(applyMark({ text: 'hô', caret: 2 }, 'circumflex').text).toBe('hô');
  });
});
