import { describe, expect, it } from 'vitest';
import { catalogResponseSchema, healthResponseSchema, HEALTH_SERVICE, PATHS } from '../../src-shared/protocol';
import { getWithToken } from './helpers/http';
import { enrollFakeKiosk } from './helpers/kiosk';
import { startTestServer } from './helpers/server';
import { serverWithKiosk } from './helpers/setup';

const env = serverWithKiosk();

describe('health probe', () => {
  it('echoes the nonce, names the service and is never cached', async () => {
    const nonce = 'abcdefghijklmnop_0123-XYZ';
    const response = await fetch(`${env.ts.url}${PATHS.health}?nonce=${nonce}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(healthResponseSchema.parse(await response.json())).toMatchObject({ service: HEALTH_SERVICE, nonce });
  });

  it('a missing or malformed nonce → 400', async () => {
    expect((await fetch(`${env.ts.url}${PATHS.health}`)).status).toBe(400);
    expect((await fetch(`${env.ts.url}${PATHS.health}?nonce=short`)).status).toBe(400);
  });
});

describe('catalog', () => {
  it('serves the shipped catalog with a strong ETag and answers 304 when the kiosk has it', async () => {
    const first = await getWithToken(env.ts.url, env.kiosk, PATHS.catalog);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const catalog = catalogResponseSchema.parse(await first.json());
    expect(catalog.version).toBe('2026.1');
    expect(catalog.procedures.map((p) => p.id)).toContain('marriage-registration');
    const again = await getWithToken(env.ts.url, env.kiosk, PATHS.catalog, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    const stale = await getWithToken(env.ts.url, env.kiosk, PATHS.catalog, { 'if-none-match': '"old"' });
    expect(stale.status).toBe(200);
  });

  it('needs a kiosk token', async () => {
    expect((await fetch(`${env.ts.url}${PATHS.catalog}`)).status).toBe(401);
  });
});

describe('openapi.json', () => {
  it('lists every route with its methods, schemas and status codes', async () => {
    const response = await fetch(`${env.ts.url}${PATHS.openapi}`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes).toEqual(
      expect.arrayContaining([
        `GET ${PATHS.health}`,
        `POST ${PATHS.enroll}`,
        `GET ${PATHS.device}`,
        `GET ${PATHS.catalog}`,
        `PUT ${PATHS.applications}/{clientId}`,
        `GET ${PATHS.applications}/{clientId}`,
        `POST ${PATHS.uploads}`,
        `PATCH ${PATHS.uploads}/{uploadId}`,
        `HEAD ${PATHS.uploads}/{uploadId}`,
        `GET ${PATHS.statusFeed}`,
        `POST ${PATHS.officerApplications}/{clientId}/status`,
      ]),
    );
    expect(Object.keys(doc.paths[`${PATHS.applications}/{clientId}`]!.put!.responses).sort()).toEqual(['200', '201', '400', '401', '409', '413', '415', '422']);
    const submit = doc.components.schemas['SubmitApplicationRequest'] as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(submit.properties)).toEqual(expect.arrayContaining(['reference', 'envelope', 'attachments']));
  });
});

describe('CORS for the kiosk page', () => {
  it('answers preflights for the application and upload routes and lets the page read the answers', async () => {
    const origin = 'http://127.0.0.1:5174';
    for (const [path, method] of [[`${PATHS.applications}/${crypto.randomUUID()}`, 'PUT'], [`${PATHS.uploads}`, 'POST'], [`${PATHS.uploads}/abcdef0123456789`, 'PATCH']] as const) {
      const preflight = await fetch(`${env.ts.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization, content-type, upload-offset' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')).toContain(method);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    }
    const health = await fetch(`${env.ts.url}${PATHS.health}?nonce=cors-nonce-0123456789`, { headers: { origin } });
    expect(health.headers.get('access-control-allow-origin')).toBe('*');
    const catalog = await getWithToken(env.ts.url, env.kiosk, PATHS.catalog, { origin });
    expect(catalog.headers.get('access-control-expose-headers')).toContain('etag');
  });
});

describe('errors', () => {
  it('an unknown route → 404 with the JSON error body', async () => {
    const response = await fetch(`${env.ts.url}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not-found' });
  });
});

describe('restart', () => {
  it('keeps its key, its kiosks and its applications across a restart of the same data folder', async () => {
    const local = await startTestServer();
    const kid = local.server.keys.keys[0]!.kid;
    const k = await enrollFakeKiosk(local);
    await local.close({ keepData: true });
    const again = await startTestServer({ dataDir: local.dataDir });
    try {
      expect(again.server.keys.keys[0]!.kid).toBe(kid);
      const response = await getWithToken(again.url, k, PATHS.device);
      expect(response.status).toBe(200);
    } finally {
      await again.close();
    }
  });
});
