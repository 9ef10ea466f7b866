// Types for bench/stats.mjs, so TypeScript tests can import it.

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export interface TargetCheck {
  value: number;
  limit: number;
  /** value / limit: below 1 is better than the target. */
  ratio: number;
  ok: boolean;
}

export function median(samples: readonly number[]): number;
export function percentile(samples: readonly number[], p: number): number;
export function summarize(samples: readonly number[]): Summary;
export function checkTarget(value: number, limit: number): TargetCheck;
export function formatRatio(ratio: number): string;
export function formatMs(ms: number): string;
export function formatBytes(bytes: number): string;
export function verdict(checks: Record<string, { ok: boolean }>): string;
