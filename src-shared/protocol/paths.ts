/**
 * The kiosk ↔ intake server protocol, version 1: paths and fixed values. Every request and response body
 * is a zod schema in this folder; the server validates with them and publishes them as `/openapi.json`.
 * Prose, status codes and guarantees: docs/protocol.md.
 */
export const PROTOCOL_VERSION = 1;
export const API_PREFIX = '/api/v1';

export const PATHS = {
  /** GET: reachability probe (no auth). `?nonce=` is echoed in the body. */
  health: `${API_PREFIX}/health`,
  /** POST: enrollment with a one-time code (no token; the code is the credential). */
  enroll: `${API_PREFIX}/enroll`,
  /** GET: this kiosk's settings and the server's current submission keys. */
  device: `${API_PREFIX}/device`,
  /** PUT / GET `${applications}/:clientId`. */
  applications: `${API_PREFIX}/applications`,
  /** tus 1.0.0 creation, HEAD and PATCH for attachments. */
  uploads: `${API_PREFIX}/uploads`,
  /** GET `?since=<cursor>`: status changes of this kiosk's applications. */
  statusFeed: `${API_PREFIX}/status-feed`,
  /** GET with If-None-Match: the procedure catalog. */
  catalog: `${API_PREFIX}/catalog`,
  /** POST `${officerApplications}/:clientId/status`: an officer changes an application's status. */
  officerApplications: `${API_PREFIX}/officer/applications`,
  openapi: '/openapi.json',
} as const;

export function applicationPath(clientId: string): string {
  return `${PATHS.applications}/${encodeURIComponent(clientId)}`;
}

/** The body marker of the reachability probe: a captive portal's page never carries it. */
export const HEALTH_SERVICE = 'motcua-intake';

/** Audience of every kiosk token. */
export const TOKEN_AUDIENCE = 'motcua-intake';
/** A kiosk token lives at most this long (exp − iat). */
export const TOKEN_MAX_LIFETIME_SECONDS = 300;
/** The lifetime the kiosk asks for. */
export const TOKEN_LIFETIME_SECONDS = 120;
/** Clock difference the server tolerates on iat/exp. */
export const TOKEN_CLOCK_SKEW_SECONDS = 60;

/** Metadata keys of a tus upload (Upload-Metadata header). */
export const UPLOAD_METADATA = { clientId: 'clientId', attachmentId: 'attachmentId' } as const;

/**
 * Response header of the tus request that completed an attachment (creation-with-upload POST or last
 * PATCH): the application's status after it. Anything but `pending-attachments` acknowledges the
 * application, as an `ApplicationState` would (no `GET` needed). Exposed to browsers by CORS.
 */
export const APPLICATION_STATUS_HEADER = 'Motcua-Application-Status';
