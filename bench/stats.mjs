// Pure helpers for `npm run bench`: statistics over timing samples and the lines of the printed table.
// No timing assertions anywhere: the bench prints figures and ratios to target, the exit code stays 0.

/** @param {readonly number[]} samples */
function sorted(samples) {
  if (samples.length === 0) throw new RangeError('no samples');
  if (samples.some((s) => !Number.isFinite(s))) throw new RangeError('samples must be finite numbers');
  return [...samples].sort((a, b) => a - b);
}

/** Median: the middle sample, or the mean of the two middle samples. */
export function median(samples) {
  const s = sorted(samples);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Percentile by the nearest-rank method (no interpolation): the smallest sample ≥ p % of all samples. */
export function percentile(samples, p) {
  if (!(p > 0 && p <= 100)) throw new RangeError('p must be in (0, 100]');
  const s = sorted(samples);
  const rank = Math.ceil((p / 100) * s.length);
  return s[rank - 1];
}

/** Median, p95, min, max and count of timing samples. */
export function summarize(samples) {
  const s = sorted(samples);
  return { n: s.length, median: median(s), p95: percentile(s, 95), min: s[0], max: s[s.length - 1] };
}

/** A measured value against an upper bound: `ratio` < 1 is better than the target. */
export function checkTarget(value, limit) {
  if (!(limit > 0)) throw new RangeError('limit must be positive');
  const ratio = value / limit;
  return { value, limit, ratio, ok: value <= limit };
}

/** "0.39×" */
export function formatRatio(ratio) {
  return `${ratio.toFixed(2)}×`;
}

/** "41.2 ms" below 100 ms, "310 ms" above. */
export function formatMs(ms) {
  return ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** Kilobytes as 1024 bytes, "212 KB"; megabytes above 1 MiB, "4.21 MB". */
export function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/** "OK" when every check passed, otherwise "MISSED (what)". */
export function verdict(checks) {
  const missed = Object.entries(checks)
    .filter(([, check]) => !check.ok)
    .map(([name]) => name);
  return missed.length === 0 ? 'OK' : `MISSED (${missed.join(', ')})`;
}
