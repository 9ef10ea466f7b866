import type { Language } from '../../src-shared/config/kiosk-config';
import { formatSubmittedAt } from '../journey/receipt-job';

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * A time for the sync status, in Hà Nội time: "10:32" when it is today there, else with its date as the
 * receipt writes it ("10:32, ngày 30/11/2026"), so yesterday's last send never passes for today's.
 */
export function formatClock(iso: string, language: Language, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return DAY.format(date) === DAY.format(now) ? TIME.format(date) : formatSubmittedAt(iso, language);
}
