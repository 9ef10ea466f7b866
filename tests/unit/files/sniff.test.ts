import { describe, expect, it } from 'vitest';
import { sniffFileType, kindOf, SNIFF_BYTES } from '../../../src-shared/files';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);
const pad = (head: Uint8Array) => {
  const out = new Uint8Array(SNIFF_BYTES);
  out.set(head.subarray(0, SNIFF_BYTES));
  return out;
};

describe('sniffFileType (by content, not by name)', () => {
  it('recognises real JPEG, PNG, WebP and PDF headers', () => {
    expect(sniffFileType(pad(bytes(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x18, 0x45, 0x78, 0x69, 0x66)))).toBe('jpeg');
    expect(sniffFileType(pad(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)))).toBe('png');
    expect(sniffFileType(pad(text('RIFF\x24\x00\x00\x00WEBPVP8 ')))).toBe('webp');
    expect(sniffFileType(pad(text('%PDF-1.7\n%âãÏÓ')))).toBe('pdf');
  });

  it('tells HEIC photos apart so the kiosk can say it cannot open them', () => {
    expect(sniffFileType(pad(bytes(0, 0, 0, 0x18, ...text('ftypheic'), 0, 0, 0, 0)))).toBe('heic');
    expect(sniffFileType(pad(bytes(0, 0, 0, 0x18, ...text('ftypmif1'))))).toBe('heic');
  });

  it('refuses a text file renamed .jpg, HTML, SVG, an EXE, a ZIP and a RIFF that is not WebP', () => {
    expect(sniffFileType(text('Xin chào, đây là văn bản'))).toBe('unknown');
    expect(sniffFileType(text('<!DOCTYPE html><html>'))).toBe('unknown');
    expect(sniffFileType(text('<svg xmlns="http://www.w3.org/2000/svg">'))).toBe('unknown');
    expect(sniffFileType(text('<?xml version="1.0"?><svg>'))).toBe('unknown');
    expect(sniffFileType(pad(bytes(0x4d, 0x5a, 0x90, 0x00)))).toBe('unknown');
    expect(sniffFileType(pad(bytes(0x50, 0x4b, 0x03, 0x04)))).toBe('unknown');
    expect(sniffFileType(pad(text('RIFF\x24\x00\x00\x00WAVEfmt ')))).toBe('unknown');
  });

  it('refuses empty and truncated headers without throwing', () => {
    expect(sniffFileType(new Uint8Array(0))).toBe('unknown');
    expect(sniffFileType(bytes(0xff, 0xd8))).toBe('unknown');
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47))).toBe('unknown');
    expect(sniffFileType(text('%PD'))).toBe('unknown');
    expect(sniffFileType(text('RIFF\x24\x00'))).toBe('unknown');
  });

  it('maps sniffed types to what a slot accepts', () => {
    expect(kindOf('jpeg')).toBe('image');
    expect(kindOf('png')).toBe('image');
    expect(kindOf('webp')).toBe('image');
    expect(kindOf('pdf')).toBe('pdf');
    expect(kindOf('heic')).toBeUndefined();
    expect(kindOf('unknown')).toBeUndefined();
  });
});
