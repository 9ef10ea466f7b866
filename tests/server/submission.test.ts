import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationStateSchema, PATHS, statusFeedResponseSchema } from '../../src-shared/protocol';
import { buildApplication } from './helpers/application';
import { getApplicationState, getWithToken, putApplication, uploadWithTus } from './helpers/http';
import { enrollFakeKiosk } from './helpers/kiosk';
import { serverWithKiosk } from './helpers/setup';

const env = serverWithKiosk();

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('submitting an application with two attachments', () => {
  it('is stored once, its attachments arrive through tus byte for byte, and it becomes received with a feed entry', async () => {
    const app = await buildApplication(env.kiosk.device, { attachments: 2, attachmentBytes: 50_000 });
    const created = await putApplication(env.ts.url, env.kiosk, app.clientId, app.body);
    expect(created.status).toBe(201);
    const state = applicationStateSchema.parse(await created.json());
    expect(state).toMatchObject({ clientId: app.clientId, reference: app.body.reference, status: 'pending-attachments' });
    expect(state.missingAttachments).toEqual(['doc-1', 'doc-2']);

    await uploadWithTus(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!);
    expect((await getApplicationState(env.ts.url, env.kiosk, app.clientId)).missingAttachments).toEqual(['doc-2']);
    await uploadWithTus(env.ts.url, env.kiosk, app.clientId, app.attachments[1]!, 16_384);

    const final = await getApplicationState(env.ts.url, env.kiosk, app.clientId);
    expect(final.status).toBe('received');
    expect(final.missingAttachments).toEqual([]);
    expect(final.receivedAt).toBeDefined();

    for (const attachment of app.attachments) {
      const stored = await readFile(path.join(env.ts.dataDir, 'attachments', attachment.sha256));
      expect(sha(stored)).toBe(attachment.sha256);
      expect(Buffer.compare(stored, Buffer.from(attachment.ct))).toBe(0);
    }

    const feed = statusFeedResponseSchema.parse(await (await getWithToken(env.ts.url, env.kiosk, PATHS.statusFeed)).json());
    expect(feed.changes.filter((c) => c.clientId === app.clientId).map((c) => c.status)).toEqual(['received']);
    expect(feed.changes.find((c) => c.clientId === app.clientId)?.reference).toBe(app.body.reference);
  });

  it('answers an identical replay with 200 and the current state, and stores no second row', async () => {
    const app = await buildApplication(env.kiosk.device, { attachments: 1 });
    expect((await putApplication(env.ts.url, env.kiosk, app.clientId, app.body)).status).toBe(201);
    const before = env.ts.server.store.countApplications();
    // The same content with the keys in another order is the same application.
    const reordered = Object.fromEntries(Object.entries(app.body).reverse());
    const replay = await putApplication(env.ts.url, env.kiosk, app.clientId, reordered);
    expect(replay.status).toBe(200);
    expect(applicationStateSchema.parse(await replay.json())).toMatchObject({ status: 'pending-attachments', missingAttachments: ['doc-1'] });
    expect(env.ts.server.store.countApplications()).toBe(before);
  });

  it('refuses other content under the same client id with 409 and changes nothing', async () => {
    const app = await buildApplication(env.kiosk.device);
    expect((await putApplication(env.ts.url, env.kiosk, app.clientId, app.body)).status).toBe(201);
    const other = await buildApplication(env.kiosk.device, { clientId: app.clientId, procedureId: 'death-registration' });
    const response = await putApplication(env.ts.url, env.kiosk, app.clientId, other.body);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'conflict' });
    expect(env.ts.server.store.getApplication(app.clientId)?.procedureId).toBe('marriage-registration');
  });

  it('takes an application without attachments as received at once', async () => {
    const app = await buildApplication(env.kiosk.device, { procedureId: 'civil-status-extract' });
    const response = await putApplication(env.ts.url, env.kiosk, app.clientId, app.body);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: 'received', missingAttachments: [] });
  });

  it('accepts every procedure of the shipped catalog', async () => {
    for (const procedureId of ['birth-registration', 'birth-linked', 'marital-status', 'residence-change', 'death-registration']) {
      const app = await buildApplication(env.kiosk.device, { procedureId });
      const response = await putApplication(env.ts.url, env.kiosk, app.clientId, app.body);
      expect({ procedureId, status: response.status }).toEqual({ procedureId, status: 201 });
    }
  });

  it('shows an application only to the kiosk that sent it', async () => {
    const app = await buildApplication(env.kiosk.device);
    await putApplication(env.ts.url, env.kiosk, app.clientId, app.body);
    const stranger = await enrollFakeKiosk(env.ts, 'Nhà văn hoá TDP 7');
    const response = await getWithToken(env.ts.url, stranger, `${PATHS.applications}/${app.clientId}`);
    expect(response.status).toBe(404);
    const feed = statusFeedResponseSchema.parse(await (await getWithToken(env.ts.url, stranger, PATHS.statusFeed)).json());
    expect(feed.changes).toEqual([]);
  });
});
