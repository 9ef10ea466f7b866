import { describe, expect, it } from 'vitest';
import { scaledSize } from '../../../src-renderer/lookup/qr/frame-pixels';
import { readScannedText } from '../../../src-renderer/lookup/qr/scanned-text';

describe('what a scanned QR code holds', () => {
  it.each([
    ['MOTCUA:HKTR7M26:1.001193', 'HKTR7M26'],
    ['motcua:hktr-7m26:1.001193', 'HKTR7M26'],
    ['MOTCUA:HKTR7M26', 'HKTR7M26'],
    ['HKTR-7M26', 'HKTR7M26'],
  ])('%s is the receipt of %s', (text, reference) => {
    expect(readScannedText(text)).toEqual({ kind: 'reference', reference });
  });

  it.each([
    'https://dichvucong.gov.vn/p/home',
    'WIFI:S:NhaVanHoa;T:WPA;P:12345678;;',
    'MOTCUA:HKTR7M27:1.001193', // wrong check character: a misprint is never guessed into another reference
    'MOTCUA::1.001193',
    'Xin chào',
  ])('%s is not a ward receipt', (text) => {
    expect(readScannedText(text)).toEqual({ kind: 'foreign' });
  });
});

describe('frames are decoded small', () => {
  it('scales the longer side down to 640 px, never up', () => {
    expect(scaledSize(1280, 720)).toEqual({ width: 640, height: 360 });
    expect(scaledSize(3840, 2160)).toEqual({ width: 640, height: 360 });
    expect(scaledSize(720, 1280)).toEqual({ width: 360, height: 640 });
    expect(scaledSize(320, 240)).toEqual({ width: 320, height: 240 });
  });
});
