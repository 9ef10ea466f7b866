/**
 * Enrollment to a server other than the configured one needs a page reload: the page's CSP lets it talk
 * only to the configured origin, and the host changes that origin for the next load (`setServerUrl`).
 * The address and the one-time code wait in sessionStorage across that one reload (the tab's memory,
 * never written to disk by the browser) and are removed as soon as the enrollment continues.
 */
export const PENDING_ENROLLMENT_KEY = 'motcua.pendingEnrollment';

export interface PendingEnrollment {
  serverUrl: string;
  code: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function savePendingEnrollment(pending: PendingEnrollment): boolean {
  try {
    storage()?.setItem(PENDING_ENROLLMENT_KEY, JSON.stringify(pending));
    return storage() !== undefined;
  } catch {
    return false;
  }
}

export function peekPendingEnrollment(): PendingEnrollment | null {
  try {
    const raw = storage()?.getItem(PENDING_ENROLLMENT_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (value === null || typeof value !== 'object') return null;
    const { serverUrl, code } = value as Record<string, unknown>;
    return typeof serverUrl === 'string' && typeof code === 'string' ? { serverUrl, code } : null;
  } catch {
    return null;
  }
}

export function clearPendingEnrollment(): void {
  try {
    storage()?.removeItem(PENDING_ENROLLMENT_KEY);
  } catch {
    // nothing stored, nothing to remove
  }
}

/** The page reload, behind an object so tests can replace it (jsdom cannot navigate). */
export const pageReload = {
  reload(): void {
    globalThis.location.reload();
  },
};
