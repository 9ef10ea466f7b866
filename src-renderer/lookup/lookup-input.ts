import { normalizeReference, type NormalizeReferenceResult } from '../../src-shared/reference';

/** The receipt's QR code holds `MOTCUA:<reference>:<procedure code>`; a USB scanner types exactly that. */
const QR_TEXT = /^\s*MOTCUA:([^:]*)(?::.*)?$/i;

/** What the resident typed or scanned → the canonical reference, or why it is not one (never guessed). */
export function readLookupInput(input: string): NormalizeReferenceResult {
  const qr = QR_TEXT.exec(input);
  return normalizeReference(qr ? qr[1] : input);
}
