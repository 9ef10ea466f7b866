/**
 * A fake intake server as an injected `fetch` (tests only): health, enrollment, PUT/GET applications,
 * tus creation (with upload too)/HEAD/PATCH with the hash check and the application's status in the
 * answer that completes it, the status feed, the catalog with an ETag and device info.
 * It checks every kiosk token (ES256, claims, jti once) like the real one, and can inject faults.
 */
import { createHash } from 'node:crypto';
import { importJWK, jwtVerify, type CryptoKey as JoseKey } from 'jose';
import {
  API_PREFIX,
  APPLICATION_STATUS_HEADER,
  HEALTH_SERVICE,
  PATHS,
  PROTOCOL_VERSION,
  submitApplicationRequestSchema,
  TOKEN_AUDIENCE,
  type ApplicationStatus,
  type StatusChange,
  type SubmitApplicationRequest,
} from '../../../src-shared/protocol';
import type { IntakeKey } from '../../../src-shared/config/kiosk-config';

export const ORIGIN = 'https://intake.test';
export const GOOD_CODE = 'ABCD-EFGH-JKLM';
export const KIOSK_ID = 'k_test_kiosk_01';

export type Fault = 'network' | 'portal' | 'redirect' | 'stall' | number | ((init: RequestInit) => Response | Promise<Response>);

/** A fault: the request never gets an answer until the kiosk aborts it (its timeout). */
export const noAnswer = (init: RequestInit): Promise<Response> =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)));
interface FaultRule {
  match: (method: string, path: string) => boolean;
  fault: Fault;
  times: number;
}

interface StoredApp {
  body: SubmitApplicationRequest;
  canonical: string;
  status: ApplicationStatus;
  reason?: string;
  done: Map<string, Uint8Array>;
}
interface TusUpload {
  clientId: string;
  attachmentId: string;
  length: number;
  bytes: Uint8Array;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const error = (status: number, code: string, extra: object = {}) => json(status, { error: code, message: code, ...extra });
const TUS = { 'tus-resumable': '1.0.0' };

export class FakeIntakeServer {
  readonly apps = new Map<string, StoredApp>();
  readonly uploads = new Map<string, TusUpload>();
  readonly log: string[] = [];
  readonly feed: StatusChange[] = [];
  feedPage = 200;
  revoked = false;
  refuse = new Map<string, Response>();
  catalogBody: unknown = null;
  catalogEtag = '"v1"';
  /** False: answers the completing upload without the application's status (as an older server would). */
  reportStatus = true;
  onRequest: ((method: string, path: string) => Promise<void> | void) | null = null;
  private publicKey: JoseKey | Uint8Array | null = null;
  private readonly jtis = new Set<string>();
  private readonly faults: FaultRule[] = [];
  private uploadCounter = 0;

  constructor(readonly intakeKey: IntakeKey) {}

  fail(match: (method: string, path: string) => boolean, fault: Fault, times = 1): void {
    this.faults.push({ match, fault, times });
  }

  get received(): number {
    return [...this.apps.values()].filter((a) => a.status !== 'pending-attachments').length;
  }

  setStatus(clientId: string, status: ApplicationStatus, reason?: string): void {
    const app = this.apps.get(clientId);
    if (!app) throw new Error('no such application');
    app.status = status;
    this.feed.push({ clientId, reference: app.body.reference, status, ...(reason ? { reason } : {}), changedAt: new Date().toISOString() });
  }

  deviceInfo() {
    return {
      kioskId: KIOSK_ID,
      location: 'Tầng 1, UBND phường Tây Hồ',
      wardCode: '00103',
      wardName: 'Phường Tây Hồ',
      intakeKeys: [this.intakeKey],
      settings: { syncIntervalSeconds: 60, statusPollSeconds: 120 },
      serverTime: new Date().toISOString(),
    };
  }

  readonly fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const method = (init.method ?? 'GET').toUpperCase();
    this.log.push(`${method} ${url.pathname}`);
    await this.onRequest?.(method, url.pathname);
    const rule = this.faults.find((r) => r.times > 0 && r.match(method, url.pathname));
    if (rule) {
      rule.times -= 1;
      const { fault } = rule;
      if (fault === 'network') throw new TypeError('fetch failed');
      if (fault === 'stall') throw new DOMException('The operation timed out.', 'TimeoutError');
      if (fault === 'portal') return new Response('<html><body>Đăng nhập Wi-Fi</body></html>', { status: 200, headers: { 'content-type': 'text/html' } });
      if (fault === 'redirect') return new Response(null, { status: 302, headers: { location: 'http://portal.example/login' } });
      if (typeof fault === 'number') return fault >= 500 ? new Response('busy', { status: fault }) : error(fault, fault === 429 ? 'rate-limited' : 'bad-request');
      return fault(init);
    }
    return this.route(method, url, init);
  };

  private async authorize(init: RequestInit): Promise<Response | null> {
    const header = new Headers(init.headers).get('authorization') ?? '';
    const token = header.replace(/^Bearer /, '');
    if (!this.publicKey) return error(401, 'unauthorized');
    try {
      const { payload, protectedHeader } = await jwtVerify(token, this.publicKey, { audience: TOKEN_AUDIENCE, issuer: KIOSK_ID, subject: KIOSK_ID, algorithms: ['ES256'] });
      if (protectedHeader.kid !== KIOSK_ID || typeof payload.jti !== 'string' || this.jtis.has(payload.jti)) return error(401, 'unauthorized');
      this.jtis.add(payload.jti);
    } catch {
      return error(401, 'unauthorized');
    }
    return this.revoked ? error(401, 'kiosk-revoked') : null;
  }

  private state(clientId: string, app: StoredApp) {
    const missing = app.body.attachments.map((a) => a.id).filter((id) => !app.done.has(id));
    return { clientId, reference: app.body.reference, status: app.status, missingAttachments: missing };
  }

  private async route(method: string, url: URL, init: RequestInit): Promise<Response> {
    const path = url.pathname;
    if (path === PATHS.health) {
      return json(200, { service: HEALTH_SERVICE, protocol: PROTOCOL_VERSION, nonce: url.searchParams.get('nonce'), serverTime: new Date().toISOString() });
    }
    if (path === PATHS.enroll && method === 'POST') {
      const body = JSON.parse(String(init.body)) as { code: string; publicKeyJwk: Record<string, string> };
      if (body.code !== GOOD_CODE.replace(/-/g, '')) return error(400, 'code-invalid');
      this.publicKey = await importJWK(body.publicKeyJwk, 'ES256');
      return json(201, this.deviceInfo());
    }
    const denied = await this.authorize(init);
    if (denied) return denied;
    const appMatch = /^\/api\/v1\/applications\/([^/]+)$/.exec(path);
    if (appMatch?.[1]) return this.application(method, decodeURIComponent(appMatch[1]), init);
    if (path.startsWith(PATHS.uploads)) return this.tus(method, path, init);
    if (path === PATHS.statusFeed) {
      const since = Number(url.searchParams.get('since') ?? '0');
      const changes = this.feed.slice(since, since + this.feedPage);
      const cursor = String(since + changes.length);
      return json(200, { changes, cursor, more: since + changes.length < this.feed.length });
    }
    if (path === PATHS.catalog) {
      if (new Headers(init.headers).get('if-none-match') === this.catalogEtag) return new Response(null, { status: 304, headers: { etag: this.catalogEtag } });
      return json(200, this.catalogBody, { etag: this.catalogEtag });
    }
    if (path === PATHS.device) return json(200, this.deviceInfo());
    return error(404, 'not-found');
  }

  private application(method: string, clientId: string, init: RequestInit): Response {
    const existing = this.apps.get(clientId);
    if (method === 'GET') return existing ? json(200, this.state(clientId, existing)) : error(404, 'not-found');
    const refusal = this.refuse.get(clientId);
    if (refusal) return refusal.clone();
    const raw: unknown = JSON.parse(String(init.body));
    const parsed = submitApplicationRequestSchema.safeParse(raw);
    if (!parsed.success) return error(422, 'invalid-application', { fields: [{ field: 'body', key: 'form.invalid' }] });
    const canonical = JSON.stringify(raw);
    if (existing) return existing.canonical === canonical ? json(200, this.state(clientId, existing)) : error(409, 'conflict');
    const app: StoredApp = { body: parsed.data, canonical, status: parsed.data.attachments.length === 0 ? 'received' : 'pending-attachments', done: new Map() };
    this.apps.set(clientId, app);
    return json(201, this.state(clientId, app));
  }

  private tus(method: string, path: string, init: RequestInit): Response {
    const headers = new Headers(init.headers);
    if (method === 'POST' && path === PATHS.uploads) {
      const meta = Object.fromEntries(
        (headers.get('upload-metadata') ?? '').split(',').map((pair) => {
          const [key, value] = pair.trim().split(' ');
          return [key, Buffer.from(value ?? '', 'base64').toString('utf8')];
        }),
      );
      const id = `u${++this.uploadCounter}`;
      const upload: TusUpload = { clientId: meta.clientId ?? '', attachmentId: meta.attachmentId ?? '', length: Number(headers.get('upload-length')), bytes: new Uint8Array(0) };
      this.uploads.set(id, upload);
      const location = `${API_PREFIX}/uploads/${id}`;
      if (headers.get('content-type') !== 'application/offset+octet-stream') return new Response(null, { status: 201, headers: { ...TUS, location } });
      const answer = this.append(upload, init);
      return answer.status === 204 ? new Response(null, { status: 201, headers: { ...Object.fromEntries(answer.headers), location } }) : answer;
    }
    const upload = this.uploads.get(path.split('/').pop() ?? '');
    if (!upload) return new Response(null, { status: 404, headers: TUS });
    if (method === 'HEAD') return new Response(null, { status: 200, headers: { ...TUS, 'upload-offset': String(upload.bytes.length), 'upload-length': String(upload.length) } });
    if (Number(headers.get('upload-offset')) !== upload.bytes.length) return new Response(null, { status: 409, headers: TUS });
    return this.append(upload, init);
  }

  /** Appends a request's bytes; the last byte checks the hash and answers with the application's status. */
  private append(upload: TusUpload, init: RequestInit): Response {
    const chunk = new Uint8Array(init.body as Uint8Array);
    const next = new Uint8Array(upload.bytes.length + chunk.length);
    next.set(upload.bytes);
    next.set(chunk, upload.bytes.length);
    upload.bytes = next;
    if (upload.bytes.length === upload.length) {
      const app = this.apps.get(upload.clientId);
      const descriptor = app?.body.attachments.find((a) => a.id === upload.attachmentId);
      if (!app || !descriptor || createHash('sha256').update(upload.bytes).digest('hex') !== descriptor.sha256) return error(460, 'hash-mismatch');
      app.done.set(upload.attachmentId, upload.bytes);
      if (app.done.size === app.body.attachments.length && app.status === 'pending-attachments') {
        app.status = 'received';
        this.feed.push({ clientId: upload.clientId, reference: app.body.reference, status: 'received', changedAt: new Date().toISOString() });
      }
      const status: Record<string, string> = this.reportStatus ? { [APPLICATION_STATUS_HEADER]: app.status } : {};
      return new Response(null, { status: 204, headers: { ...TUS, 'upload-offset': String(upload.bytes.length), ...status } });
    }
    return new Response(null, { status: 204, headers: { ...TUS, 'upload-offset': String(upload.bytes.length) } });
  }
}
