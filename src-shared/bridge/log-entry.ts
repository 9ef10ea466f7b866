import { z } from 'zod';
import { stripControlCharacters } from '../text/normalize';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

const logText = (max: number) => z.string().max(max * 4).transform((s) => stripControlCharacters(s).slice(0, max));

export const LogEntrySchema = z.strictObject({
  level: z.enum(LOG_LEVELS),
  /** A short event name or sentence; never personal data. */
  message: logText(500),
  context: z
    .record(z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/), z.union([logText(200), z.number().finite(), z.boolean()]))
    .refine((r) => Object.keys(r).length <= 20, 'at most 20 context fields')
    .optional(),
});

export type LogEntry = z.input<typeof LogEntrySchema>;
export type ValidLogEntry = z.output<typeof LogEntrySchema>;
