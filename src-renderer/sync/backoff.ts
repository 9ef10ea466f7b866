/**
 * Retry delays (contract item 5): exponential from about 1 s, doubling per failed attempt, capped at
 * 5 min, with jitter so a ward's kiosks do not retry in step after an outage. The jitter is "equal
 * jitter": the delay lies in [ceiling/2, ceiling], never near zero, so a failing server is never
 * hammered in a tight loop (full jitter's lower bound of 0 would allow that). Reset on success and by
 * "sync now".
 */
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_CAP_MS = 5 * 60 * 1000;

/** The ceiling of the n-th retry (n = 0 for the first failure). */
export function backoffCeiling(failures: number): number {
  const exponent = Math.min(Math.max(0, Math.floor(failures)), 30);
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
}

/** The delay before the next attempt after `failures` failures in a row; `random` in [0, 1). */
export function backoffDelay(failures: number, random: () => number): number {
  const ceiling = backoffCeiling(failures);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}
