import { readLookupInput } from '../lookup-input';

/**
 * What a scanned QR code holds: a reference (our receipt's `MOTCUA:<reference>:<code>`, or a bare valid
 * reference, read exactly as the field reads typed text), or something else (a web address, a wifi code).
 */
export type ScannedText = { kind: 'reference'; reference: string } | { kind: 'foreign' };

export function readScannedText(text: string): ScannedText {
  const result = readLookupInput(text);
  return result.ok ? { kind: 'reference', reference: result.code } : { kind: 'foreign' };
}
