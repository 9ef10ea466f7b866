import { z } from 'zod';

/** Events the shell pushes to the page. */
export const ShellEventSchema = z.discriminatedUnion('type', [
  /** The machine woke from sleep: re-check the clock and connectivity, end a stale session. */
  z.strictObject({ type: z.literal('resume') }),
  /** The machine is going to sleep. */
  z.strictObject({ type: z.literal('suspend') }),
  /** The screen was locked or unlocked by the OS. */
  z.strictObject({ type: z.literal('lock-screen') }),
  z.strictObject({ type: z.literal('unlock-screen') }),
]);

export type ShellEvent = z.infer<typeof ShellEventSchema>;
