import { describe, expect, it } from 'vitest';
import { checkTarget, formatBytes, formatMs, formatRatio, median, percentile, summarize, verdict } from '../../../bench/stats.mjs';

describe('bench statistics', () => {
  it('takes the middle sample, or the mean of the two middles, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('takes p95 by nearest rank: the 95th of 100, the 48th of 50, the largest of few', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(Array.from({ length: 50 }, (_, i) => i + 1), 95)).toBe(48);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(percentile([10, 20, 30], 100)).toBe(30);
  });

  it('summarizes without changing the samples it was given', () => {
    const samples = [30, 10, 20];
    expect(summarize(samples)).toEqual({ n: 3, median: 20, p95: 30, min: 10, max: 30 });
    expect(samples).toEqual([30, 10, 20]);
  });

  it('refuses empty or broken input instead of printing NaN', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => summarize([1, Number.NaN])).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => checkTarget(1, 0)).toThrow(RangeError);
  });

  it('gives the ratio to target and whether it was met (the limit itself counts as met)', () => {
    expect(checkTarget(58.5, 150)).toEqual({ value: 58.5, limit: 150, ratio: 0.39, ok: true });
    expect(checkTarget(150, 150).ok).toBe(true);
    expect(checkTarget(151, 150).ok).toBe(false);
  });

  it('names each missed target', () => {
    expect(verdict({ time: { ok: true }, size: { ok: true } })).toBe('OK');
    expect(verdict({ time: { ok: false }, size: { ok: true } })).toBe('MISSED (time)');
    expect(verdict({ time: { ok: false }, size: { ok: false } })).toBe('MISSED (time, size)');
  });

  it('formats figures the way the table prints them', () => {
    expect(formatRatio(0.3926)).toBe('0.39×');
    expect(formatMs(41.23)).toBe('41.2 ms');
    expect(formatMs(310.4)).toBe('310 ms');
    expect(formatBytes(212 * 1024 + 100)).toBe('212 KB');
    expect(formatBytes(4.21 * 1024 * 1024)).toBe('4.21 MB');
  });
});
