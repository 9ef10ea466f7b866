import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUS_HEADER, errorBodySchema, PATHS } from '../../src-shared/protocol';
import { buildApplication, type BuiltApplication } from './helpers/application';
import { createUpload, createWithUpload, getApplicationState, putApplication, uploadMetadata, uploadRaw, uploadWithTus } from './helpers/http';
import { enrollFakeKiosk } from './helpers/kiosk';
import { serverWithKiosk } from './helpers/setup';

const env = serverWithKiosk();

async function submitted(attachments = 1, tamper?: (app: BuiltApplication) => void): Promise<BuiltApplication> {
  const app = await buildApplication(env.kiosk.device, { attachments, attachmentBytes: 4096 });
  tamper?.(app);
  const response = await putApplication(env.ts.url, env.kiosk, app.clientId, app.body);
  if (response.status !== 201) throw new Error(`PUT ${response.status} ${await response.text()}`);
  return app;
}

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return errorBodySchema.parse(await response.json());
}

describe('attachment uploads (tus)', () => {
  it('bytes that do not match the declared SHA-256 are refused and discarded; a correct upload then succeeds', async () => {
    const app = await submitted(1);
    const wrong = new Uint8Array(app.attachments[0]!.ct);
    wrong[100] = wrong[100]! ^ 0xff;
    const bad = await uploadRaw(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!, { bytes: wrong });
    expect(bad.create.status).toBe(201);
    expect(bad.patch?.status).toBe(409);
    expect((await errorOf(bad.patch!)).error).toBe('hash-mismatch');
    // The refused upload is gone: resuming it is impossible, a new one is needed.
    const head = await fetch(bad.location!, { method: 'HEAD', headers: await env.kiosk.headers({ 'tus-resumable': '1.0.0' }) });
    expect(head.status).toBe(404);
    expect(await getApplicationState(env.ts.url, env.kiosk, app.clientId)).toMatchObject({ status: 'pending-attachments', missingAttachments: ['doc-1'] });

    await uploadWithTus(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!);
    expect((await getApplicationState(env.ts.url, env.kiosk, app.clientId)).status).toBe('received');
  });

  it('one request creates and completes an upload (creation-with-upload); its answer says where the application stands', async () => {
    const app = await submitted(2);
    const first = await createWithUpload(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!);
    expect(first.status).toBe(201);
    expect(first.headers.get('upload-offset')).toBe(String(app.attachments[0]!.size));
    expect(first.headers.get(APPLICATION_STATUS_HEADER)).toBe('pending-attachments');
    expect(first.headers.get('access-control-expose-headers')).toMatch(new RegExp(APPLICATION_STATUS_HEADER, 'i'));
    const last = await createWithUpload(env.ts.url, env.kiosk, app.clientId, app.attachments[1]!);
    expect(last.status).toBe(201);
    expect(last.headers.get(APPLICATION_STATUS_HEADER)).toBe('received');
    expect(await getApplicationState(env.ts.url, env.kiosk, app.clientId)).toMatchObject({ status: 'received', missingAttachments: [] });
    // The same bytes again (a kiosk that never heard the answer): still received, nothing changes.
    const again = await createWithUpload(env.ts.url, env.kiosk, app.clientId, app.attachments[1]!);
    expect(again.headers.get(APPLICATION_STATUS_HEADER)).toBe('received');
  });

  it('a one-request upload with the wrong bytes is refused (409 hash-mismatch) and leaves the application pending', async () => {
    const app = await submitted(1);
    const wrong = new Uint8Array(app.attachments[0]!.ct);
    wrong[10] = wrong[10]! ^ 0xff;
    const bad = await createWithUpload(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!, wrong);
    expect(bad.status).toBe(409);
    expect((await errorOf(bad)).error).toBe('hash-mismatch');
    expect(bad.headers.get(APPLICATION_STATUS_HEADER)).toBeNull();
    expect(await getApplicationState(env.ts.url, env.kiosk, app.clientId)).toMatchObject({ status: 'pending-attachments', missingAttachments: ['doc-1'] });
  });

  it('a ciphertext that has the declared hash but does not decrypt is refused with 422', async () => {
    const app = await submitted(1, (a) => {
      const att = a.attachments[0]!;
      att.ct = new Uint8Array(att.ct);
      att.ct[0] = att.ct[0]! ^ 1;
      att.sha256 = createHash('sha256').update(att.ct).digest('hex');
      a.body.attachments[0]!.sha256 = att.sha256;
    });
    const result = await uploadRaw(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!);
    expect(result.patch?.status).toBe(422);
    expect((await errorOf(result.patch!)).error).toBe('cannot-open');
    expect((await getApplicationState(env.ts.url, env.kiosk, app.clientId)).status).toBe('pending-attachments');
  });

  it('resumes after an interrupted upload: HEAD gives the offset, the rest completes it', async () => {
    const app = await submitted(1);
    const att = app.attachments[0]!;
    const location = (await createUpload(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!)).location!;
    const patch = (offset: number, bytes: Uint8Array) =>
      env.kiosk
        .headers({ 'tus-resumable': '1.0.0', 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' })
        .then((headers) => fetch(location, { method: 'PATCH', headers, body: Buffer.from(bytes) }));
    expect((await patch(0, att.ct.subarray(0, 1000))).status).toBe(204);
    const head = await fetch(location, { method: 'HEAD', headers: await env.kiosk.headers({ 'tus-resumable': '1.0.0' }) });
    expect(head.headers.get('upload-offset')).toBe('1000');
    expect((await getApplicationState(env.ts.url, env.kiosk, app.clientId)).status).toBe('pending-attachments');
    const rest = await patch(1000, att.ct.subarray(1000));
    expect(rest.status).toBe(204);
    expect(rest.headers.get(APPLICATION_STATUS_HEADER)).toBe('received');
    expect((await getApplicationState(env.ts.url, env.kiosk, app.clientId)).status).toBe('received');
  });

  it('an upload whose bytes were all stored but not yet checked when the server stopped is checked on HEAD', async () => {
    const app = await submitted(1);
    const att = app.attachments[0]!;
    const location = (await createUpload(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!)).location!;
    // The bytes reached the disk, then the process died before the check ran.
    await writeFile(path.join(env.ts.dataDir, 'uploads', location.split('/').pop()!), att.ct);
    const head = await fetch(location, { method: 'HEAD', headers: await env.kiosk.headers({ 'tus-resumable': '1.0.0' }) });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(att.size));
    expect((await getApplicationState(env.ts.url, env.kiosk, app.clientId)).status).toBe('received');
  });

  it('uploading an already verified attachment again succeeds without changing anything (kiosk crashed before deleting)', async () => {
    const app = await submitted(1);
    await uploadWithTus(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!);
    const feedBefore = env.ts.server.store.statusFeed(env.kiosk.kioskId, 0, 1000).length;
    await uploadWithTus(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!);
    expect((await getApplicationState(env.ts.url, env.kiosk, app.clientId)).status).toBe('received');
    expect(env.ts.server.store.statusFeed(env.kiosk.kioskId, 0, 1000).length).toBe(feedBefore);
  });

  it('refuses a creation whose Upload-Length is not the declared size', async () => {
    const app = await submitted(1);
    const result = await uploadRaw(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!, { uploadLength: app.attachments[0]!.size + 1 });
    expect(result.create.status).toBe(400);
    expect((await errorOf(result.create)).message).toMatch(/Upload-Length must be the declared size/);
  });

  it('refuses uploads for an attachment the application does not declare, or before the PUT', async () => {
    const app = await submitted(1);
    const undeclared = await uploadRaw(env.ts.url, env.kiosk, app.clientId, { ...app.attachments[0]!, id: 'doc-9' });
    expect(undeclared.create.status).toBe(404);
    const notSent = await buildApplication(env.kiosk.device, { attachments: 1 });
    const early = await uploadRaw(env.ts.url, env.kiosk, notSent.clientId, notSent.attachments[0]!);
    expect(early.create.status).toBe(404);
    expect((await errorOf(early.create)).message).toMatch(/PUT/);
  });

  it("another kiosk can neither create uploads for this kiosk's application nor touch its uploads", async () => {
    const app = await submitted(1);
    const stranger = await enrollFakeKiosk(env.ts, 'Nhà văn hoá TDP 3');
    expect((await uploadRaw(env.ts.url, stranger, app.clientId, app.attachments[0]!)).create.status).toBe(404);
    const location = (await createUpload(env.ts.url, env.kiosk, app.clientId, app.attachments[0]!)).location!;
    const head = await fetch(location, { method: 'HEAD', headers: await stranger.headers({ 'tus-resumable': '1.0.0' }) });
    expect(head.status).toBe(404);
    const patch = await fetch(location, {
      method: 'PATCH',
      headers: await stranger.headers({ 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }),
      body: Buffer.from(app.attachments[0]!.ct),
    });
    expect(patch.status).toBe(404);
  });

  it('every upload request needs a kiosk token', async () => {
    const app = await submitted(1);
    const response = await fetch(`${env.ts.url}${PATHS.uploads}`, {
      method: 'POST',
      headers: { 'tus-resumable': '1.0.0', 'upload-length': String(app.attachments[0]!.size), 'upload-metadata': uploadMetadata(app.clientId, 'doc-1') },
    });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).error).toBe('unauthorized');
  });
});
