/**
 * Double taps never create two applications: `createSubmitOnce(fn)` wraps a submit function so that,
 * for one session token, every call while a submission is in flight gets the SAME promise, and after a
 * successful submission every further call gets that same result again (no second write) until
 * `reset()` (the session wipe). A failed submission (result `ok: false`, or a rejection) is forgotten,
 * so the resident can try again, e.g. after "storage full".
 */

export interface SubmitOnce<A extends unknown[], R> {
  (sessionToken: string, ...args: A): Promise<R>;
  /** Forget one session's submission, or every session's when no token is given. */
  reset(sessionToken?: string): void;
  /** True while a submission for this token is in flight. */
  isPending(sessionToken: string): boolean;
}

function succeeded(result: unknown): boolean {
  if (typeof result === 'object' && result !== null && 'ok' in result) return (result as { ok: unknown }).ok === true;
  return true;
}

export function createSubmitOnce<A extends unknown[], R>(
  submitFn: (...args: A) => Promise<R>,
  isSuccess: (result: R) => boolean = succeeded,
): SubmitOnce<A, R> {
  const entries = new Map<string, { promise: Promise<R>; settled: boolean }>();

  const guarded = (sessionToken: string, ...args: A): Promise<R> => {
    const existing = entries.get(sessionToken);
    if (existing !== undefined) return existing.promise;
    const entry = { promise: Promise.resolve().then(() => submitFn(...args)), settled: false };
    entries.set(sessionToken, entry);
    entry.promise.then(
      (result) => {
        entry.settled = true;
        if (!isSuccess(result) && entries.get(sessionToken) === entry) entries.delete(sessionToken);
      },
      () => {
        entry.settled = true;
        if (entries.get(sessionToken) === entry) entries.delete(sessionToken);
      },
    );
    return entry.promise;
  };

  return Object.assign(guarded, {
    reset(sessionToken?: string): void {
      if (sessionToken === undefined) entries.clear();
      else entries.delete(sessionToken);
    },
    isPending(sessionToken: string): boolean {
      const entry = entries.get(sessionToken);
      return entry !== undefined && !entry.settled;
    },
  });
}
