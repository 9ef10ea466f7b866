import type { Language } from '../../src-shared/config/kiosk-config';
import { formatSubmittedAt, hanoiParts } from '../journey/receipt-job';

/**
 * A time for the sync status, in Hà Nội time: "10:32" when it is today there, else with its date as the
 * receipt writes it ("10:32, ngày 30/11/2026"), so yesterday's last send never passes for today's.
 */
export function formatClock(iso: string, language: Language, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const at = hanoiParts(date);
  return at.day === hanoiParts(now).day ? at.time : formatSubmittedAt(iso, language);
}
