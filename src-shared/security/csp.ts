/**
 * The Content-Security-Policy the kiosk serves with every page (as a response header from the `app://`
 * protocol handler). Pure: no Node, no DOM.
 */

export interface CspOptions {
  /** Extra origins the page may fetch from (the intake server), e.g. "https://motcua.example.vn". */
  connectSrc?: readonly string[];
}

export interface CspResult {
  /** The policy string, ready for a `Content-Security-Policy` header. */
  policy: string;
  /** connectSrc entries that were not plain http(s) origins; they were left out of the policy. */
  rejected: string[];
}

/** The WHATWG URL parser: a global in browsers and Node. Declared here because src-shared compiles
 * without DOM or Node types; only the fields used below. */
interface ParsedUrl {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly origin: string;
}
declare const URL: new (input: string) => ParsedUrl;

const FIXED: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' blob: data:"],
  ['font-src', "'self'"],
  // connect-src is inserted here
  ['media-src', "'self' blob: mediastream:"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['frame-src', "'none'"],
];

/**
 * The origin ("https://host[:port]") of an http(s) URL written as a bare origin, or null.
 * Anything else (paths, queries, credentials, wildcards, spaces, quotes, semicolons, other schemes) is null.
 */
export function toHttpOrigin(entry: unknown): string | null {
  if (typeof entry !== 'string' || entry.length === 0 || entry.length > 300) return null;
  if (/[\s;,'"`<>\\*]/.test(entry)) return null;
  let url: ParsedUrl;
  try {
    url = new URL(entry);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash || entry.includes('?') || entry.includes('#')) {
    return null;
  }
  if (url.pathname !== '/' || /^https?:\/\/[^/]+\/./i.test(entry)) return null;
  return url.origin;
}

/** The origin part of a configured server URL (which may carry a path), or null if it is not http(s). */
export function originOfServerUrl(serverUrl: string | undefined): string | null {
  if (!serverUrl) return null;
  try {
    const url = new URL(serverUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? toHttpOrigin(url.origin) : null;
  } catch {
    return null;
  }
}

export function buildContentSecurityPolicy(options: CspOptions = {}): CspResult {
  const rejected: string[] = [];
  const origins: string[] = [];
  for (const entry of options.connectSrc ?? []) {
    const origin = toHttpOrigin(entry);
    if (origin === null) rejected.push(String(entry));
    else if (!origins.includes(origin)) origins.push(origin);
  }
  const directives = FIXED.map(([name, value]) => `${name} ${value}`);
  directives.splice(5, 0, ['connect-src', "'self'", ...origins].join(' '));
  return { policy: directives.join('; '), rejected };
}

/** The kiosk page's policy for a configured intake server URL (none: connect-src 'self' only). */
export function buildKioskCsp(serverUrl: string | undefined): CspResult {
  const server = originOfServerUrl(serverUrl);
  return buildContentSecurityPolicy({ connectSrc: server ? [server] : [] });
}
