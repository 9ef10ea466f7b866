import { describe, expect, it } from 'vitest';
import { formatSubmittedAt } from '../../../src-renderer/journey/receipt-job';

describe('the time on the confirmation and the receipt', () => {
  it('is Hà Nội time, day first, in the resident language', () => {
    expect(formatSubmittedAt('2026-11-24T21:47:00.000Z', 'vi')).toBe('04:47, ngày 25/11/2026');
    expect(formatSubmittedAt('2026-11-24T21:47:00.000Z', 'en')).toBe('25/11/2026 at 04:47');
  });

  it('shows a broken time as it is rather than "Invalid Date"', () => {
    expect(formatSubmittedAt('not a time', 'vi')).toBe('not a time');
  });
});
