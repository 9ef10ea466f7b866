/** The sync bench's sizes and figures' format (bench/sync-drain.ts and its parts). */
import path from 'node:path';

export const root = path.resolve(process.argv[2] ?? process.cwd());
export const APPS = Number(process.env.SYNC_BENCH_APPS ?? 1000);
export const FLOOR_APPS = Number(process.env.SYNC_BENCH_FLOOR_APPS ?? APPS);
export const THROTTLED_APPS = Number(process.env.SYNC_BENCH_THROTTLED_APPS ?? 30);
/** The Chromium drain's backlog (smaller: Chromium's drain and bare client take longer on 2 cores). */
export const CHROMIUM_APPS = Number(process.env.SYNC_BENCH_CHROMIUM_APPS ?? 300);
/** Rounds of every step, each step taking each place in turn; the figures are their medians. */
export const ROUNDS = Number(process.env.SYNC_BENCH_ROUNDS ?? 3);
export const PAGE_BYTES = 200 * 1024;
export const LINK_BYTES_PER_SECOND = 2_000_000 / 8;
export const GOAL = 0.9;
export const DRAIN_LIMIT_MS = 420_000;

export const MB = 1024 * 1024;
export const fmt = (n: number, digits = 2) => n.toFixed(digits);
export const line = (name: string, value: string, unit: string, ratio?: number) =>
  `${name}: ${value} ${unit}${ratio === undefined ? '' : ` (ratio ${fmt(ratio)}, goal ≥ ${GOAL})`}`;
