import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-server/cli';
import { PATHS, statusFeedResponseSchema, type StatusFeedResponse } from '../../src-shared/protocol';
import { buildApplication } from './helpers/application';
import { getWithToken, putApplication } from './helpers/http';
import { OFFICER_TOKEN, startTestServer } from './helpers/server';
import { serverWithKiosk } from './helpers/setup';

const env = serverWithKiosk();

async function received(): Promise<{ clientId: string; reference: string }> {
  const app = await buildApplication(env.kiosk.device, { procedureId: 'civil-status-extract' });
  expect((await putApplication(env.ts.url, env.kiosk, app.clientId, app.body)).status).toBe(201);
  return { clientId: app.clientId, reference: app.body.reference };
}

const officer = (clientId: string, body: unknown, token = OFFICER_TOKEN, url = env.ts.url) =>
  fetch(`${url}${PATHS.officerApplications}/${clientId}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

async function feed(since?: string): Promise<StatusFeedResponse> {
  const response = await getWithToken(env.ts.url, env.kiosk, `${PATHS.statusFeed}${since === undefined ? '' : `?since=${since}`}`);
  expect(response.status).toBe(200);
  return statusFeedResponseSchema.parse(await response.json());
}

describe('status changes back to the kiosk', () => {
  it('an officer status change with a reason appears in the feed after the cursor', async () => {
    const app = await received();
    const start = await feed();
    const response = await officer(app.clientId, { status: 'needs-information', reason: '  Cần bản sao CCCD của người yêu cầu  ' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ clientId: app.clientId, status: 'needs-information' });
    const next = await feed(start.cursor);
    expect(next.changes).toEqual([
      { clientId: app.clientId, reference: app.reference, status: 'needs-information', reason: 'Cần bản sao CCCD của người yêu cầu', changedAt: expect.any(String) },
    ]);
    expect((await feed(next.cursor)).changes).toEqual([]);
  });

  it('the CLI sets "ready for collection" by reference, and the feed shows it', async () => {
    const app = await received();
    const before = await feed();
    const out: string[] = [];
    const code = await runCli(['set-status', app.reference, 'ready-for-collection', '--data-dir', env.ts.dataDir], { stdout: (l) => out.push(l), stderr: (l) => out.push(l), env: {} });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('ready-for-collection');
    expect((await feed(before.cursor)).changes.map((c) => [c.reference, c.status])).toEqual([[app.reference, 'ready-for-collection']]);
  });

  it('a status that needs a reason without one, or an unknown status → 400', async () => {
    const app = await received();
    expect((await officer(app.clientId, { status: 'rejected' })).status).toBe(400);
    const unknown = await officer(app.clientId, { status: 'received' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { message: string }).message).toMatch(/status must be one of/);
  });

  it('an application still waiting for attachments cannot change status → 409', async () => {
    const app = await buildApplication(env.kiosk.device, { attachments: 1 });
    await putApplication(env.ts.url, env.kiosk, app.clientId, app.body);
    const response = await officer(app.clientId, { status: 'processing' });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toBe('conflict');
  });

  it('a wrong officer token → 401; an unknown application → 404', async () => {
    const app = await received();
    expect((await officer(app.clientId, { status: 'processing' }, 'not-the-officer-token')).status).toBe(401);
    expect((await officer(crypto.randomUUID(), { status: 'processing' })).status).toBe(404);
  });

  it('without an officer token configured the officer API answers 403', async () => {
    const closed = await startTestServer({ config: { officerToken: undefined } });
    try {
      expect((await officer(crypto.randomUUID(), { status: 'processing' }, OFFICER_TOKEN, closed.url)).status).toBe(403);
    } finally {
      await closed.close();
    }
  });

  it('pages the feed: at most STATUS_FEED_PAGE changes, `more` until the end, in order', async () => {
    const app = await received();
    const start = await feed();
    const statuses = ['processing', 'ready-for-collection', 'collected'] as const;
    for (const status of statuses) expect(env.ts.server.setStatus(app.clientId, status).ok).toBe(true);
    const page = await feed(start.cursor);
    expect(page.changes.map((c) => c.status)).toEqual([...statuses]);
    expect(page.more).toBe(false);
    expect(Number(page.cursor)).toBeGreaterThan(Number(start.cursor));
  });

  it('a malformed cursor → 400', async () => {
    const response = await getWithToken(env.ts.url, env.kiosk, `${PATHS.statusFeed}?since=abc`);
    expect(response.status).toBe(400);
  });
});
