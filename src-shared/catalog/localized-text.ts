/**
 * Text shown to residents, in Vietnamese and English. Both are required and must be stored in Unicode NFC
 * (the catalog is compared, searched and printed; combining-mark sequences look the same but differ).
 */
import { z } from 'zod';
import { hasControlCharacters } from '../text/normalize';

/** Longest text accepted in the catalog (a description paragraph). */
export const MAX_TEXT_LENGTH = 2000;

export const NFC_MESSAGE = 'is not in Unicode NFC form (letters with separate accent marks): save the file as NFC';

/** A non-empty, NFC, single-line text without control characters. */
export function catalogText(max: number = MAX_TEXT_LENGTH) {
  return z.string().superRefine((text, ctx) => {
    if (text.trim() === '') ctx.addIssue({ code: 'custom', message: 'must not be empty' });
    else if (text !== text.normalize('NFC')) ctx.addIssue({ code: 'custom', message: NFC_MESSAGE });
    else if (hasControlCharacters(text)) {
      ctx.addIssue({ code: 'custom', message: 'holds a control, zero-width or line-break character: remove it' });
    } else if (text !== text.trim()) ctx.addIssue({ code: 'custom', message: 'starts or ends with a space: remove it' });
    else if (text.length > max) ctx.addIssue({ code: 'custom', message: `is longer than ${max} characters` });
  });
}

export const localizedTextSchema = z.strictObject({ vi: catalogText(), en: catalogText() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A safe identifier for fields, pages, attachment slots: `birthDate`, `mother`, `page2`. */
export const identifierSchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'must be an identifier: a lower-case letter, then letters or digits (like birthDate)')
  .max(40, 'must be 40 characters or fewer');
