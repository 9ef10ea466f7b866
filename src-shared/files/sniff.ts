/**
 * What a file really is, judged by its first bytes (magic numbers), never by its name or the type the
 * browser guessed from the extension: a text file renamed "anh.jpg" is still text.
 */
export type SniffedType = 'jpeg' | 'png' | 'webp' | 'pdf' | 'heic' | 'unknown';

/** How many leading bytes `sniffFileType` needs to decide. */
export const SNIFF_BYTES = 16;

function startsWith(head: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (head.length < offset + signature.length) return false;
  return signature.every((byte, i) => head[offset + i] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = ascii('%PDF-');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const FTYP = ascii('ftyp');
/** ISO-BMFF brands used by HEIC/HEIF/AVIF photos (iPhones, some Android phones). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

/** Sniff the first bytes of a file (at least `SNIFF_BYTES` of them when the file is that long). */
export function sniffFileType(head: Uint8Array): SniffedType {
  if (startsWith(head, JPEG)) return 'jpeg';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return 'webp';
  if (startsWith(head, FTYP, 4) && head.length >= 12) {
    const brand = String.fromCharCode(...head.subarray(8, 12));
    if (HEIF_BRANDS.has(brand)) return 'heic';
  }
  return 'unknown';
}

/** The broad kind a document slot accepts (`AttachmentSlot.accept`). */
export function kindOf(type: SniffedType): 'image' | 'pdf' | undefined {
  if (type === 'jpeg' || type === 'png' || type === 'webp') return 'image';
  if (type === 'pdf') return 'pdf';
  return undefined;
}
