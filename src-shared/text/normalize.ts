/**
 * Text normalisation shared by kiosk and server. Every text is NFC on input, before storing and before
 * sending: Windows' Vietnamese keyboards emit combining marks (NFD-like sequences) that look identical
 * but compare differently.
 */

/** Unicode NFC. */
export function toNFC(text: string): string {
  return text.normalize('NFC');
}

// C0 and C1 controls, DEL, zero-width and bidi controls, line/paragraph separators, BOM.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Remove control, zero-width and bidi-override characters (they hide or reorder text). */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/** True when the text holds a control, zero-width or bidi-override character. */
export function hasControlCharacters(text: string): boolean {
  CONTROL.lastIndex = 0;
  const found = CONTROL.test(text);
  CONTROL.lastIndex = 0;
  return found;
}

/** Collapse runs of white space (including no-break and ideographic spaces) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00A0\u3000]+/gu, ' ').trim();
}

// Controls that separate words (tab, line breaks, NEL, line/paragraph separators): they become a space.
const SPACING_CONTROL = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * What a single-line text field stores: NFC, no control characters, single spaces, trimmed.
 * Tabs and line breaks count as spaces ("Nguyễn\nVăn" → "Nguyễn Văn"), other controls are removed.
 */
export function cleanSingleLine(text: string): string {
  return collapseWhitespace(stripControlCharacters(toNFC(text).replace(SPACING_CONTROL, ' ')));
}

/** Full-width digits (０–９, from East Asian keyboards and some scanners) to ASCII 0–9; nothing else changes. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

/**
 * Accent-folding for search: NFD, strip combining marks, then đ→d, Đ→D.
 * "Nguyễn Thị Hoà" → "Nguyen Thi Hoa".
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Key for accent- and case-insensitive search and comparison. */
export function searchKey(text: string): string {
  return collapseWhitespace(foldAccents(stripControlCharacters(text)).toLocaleLowerCase('vi'));
}
