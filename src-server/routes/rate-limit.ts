/** Counts failures per key (client IP) in a fixed window: enough to make guessing enrollment codes pointless. */
export function createFailureLimiter(max: number, windowMs: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (key: string) => {
    const t = now();
    const w = windows.get(key);
    if (w && t - w.start < windowMs) return w;
    windows.delete(key);
    return undefined;
  };
  return {
    /** True when the key has had `max` failures in this window. */
    isBlocked: (key: string) => (current(key)?.count ?? 0) >= max,
    fail(key: string): void {
      if (windows.size > 10_000) for (const k of [...windows.keys()]) current(k);
      const w = current(key);
      if (w) w.count += 1;
      else windows.set(key, { start: now(), count: 1 });
    },
  };
}
