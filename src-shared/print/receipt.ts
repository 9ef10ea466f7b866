import { z } from 'zod';
import { stripControlCharacters } from '../text/normalize';

const printable = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((s) => stripControlCharacters(s.normalize('NFC')).trim())
    .pipe(z.string().max(max));

/**
 * A receipt to print, already localized by the page (main stays language-agnostic).
 * Holds no personal data: reference, procedure, time and what happens next.
 */
export const ReceiptPrintJobSchema = z.strictObject({
  language: z.enum(['vi', 'en']),
  title: printable(120).pipe(z.string().min(1)),
  /** The provisional reference in large print. */
  reference: z.string().regex(/^[A-Z2-9]{4,16}$/),
  lines: z
    .array(z.strictObject({ label: printable(80), value: printable(400) }))
    .max(30),
  footer: z.array(printable(400)).max(10).default([]),
});

export type ReceiptPrintJob = z.input<typeof ReceiptPrintJobSchema>;
export type ValidReceiptPrintJob = z.output<typeof ReceiptPrintJobSchema>;

export type PrintResult =
  | { ok: true }
  | { ok: false; reason: 'no-printer' | 'failed' | 'invalid' | 'cancelled'; detail?: string };
