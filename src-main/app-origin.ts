/** The origin the kiosk's own pages are served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

interface SchemeHost {
  protocol: string;
  host: string;
}

function parse(url: string): (SchemeHost & { username: string; password: string }) | null {
  try {
    const u = new URL(url);
    return { protocol: u.protocol.toLowerCase(), host: u.host.toLowerCase(), username: u.username, password: u.password };
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to `origin` (e.g. "app://kiosk"). Compares scheme and host (with port) after
 * parsing, never string prefixes: custom schemes have an opaque `URL.origin` ('null'), and
 * "app://kiosk.evil" or "app://kiosk@evil" must not pass.
 */
export function isSameOrigin(url: unknown, origin: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return false;
  const target = parse(url);
  const expected = parse(origin);
  if (!target || !expected || expected.host === '') return false;
  return (
    target.protocol === expected.protocol &&
    target.host === expected.host &&
    target.username === '' &&
    target.password === ''
  );
}

/** Scheme and host of a URL for logs (no path or query: they may carry personal data). */
export function describeUrl(url: unknown): string {
  if (typeof url !== 'string') return '(none)';
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : u.protocol;
  } catch {
    return '(unparseable)';
  }
}
