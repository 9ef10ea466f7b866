/**
 * The bench page's bare client (Chromium's protocol floor): the same requests the engine makes, from
 * the same browser, with nothing of the engine — the applications are filed and read out of IndexedDB
 * into memory first (not timed), then sent one at a time with plain `fetch` from the page: PUT, then one
 * tus creation-with-upload POST per attachment, two at a time, each request with a fresh ES256 token.
 * drain / this is the share of the browser's own pace that the engine keeps.
 */
import { APPLICATION_STATUS_HEADER, applicationPath, applicationStateSchema, PATHS, UPLOAD_METADATA, type SubmitApplicationRequest } from '../src-shared/protocol';
import { bearer, enrollKiosk, loadDevice } from '../src-renderer/device';
import { createKioskDb } from '../src-renderer/storage/db';
import { requestBody, UPLOAD_CONCURRENCY } from '../src-renderer/sync/send-application';
import { backlogProcedures, fileApplications, type BacklogProcedure } from '../tests/integration/helpers/backlog-filing';

interface Sealed {
  clientId: string;
  body: SubmitApplicationRequest;
  attachments: { id: string; ct: Uint8Array<ArrayBuffer> }[];
}

const b64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

interface PreparedFloor {
  serverUrl: string;
  sealed: Sealed[];
  bytes: number;
  token: () => Promise<string>;
}

let prepared: PreparedFloor | null = null;

/** Enrolls with `code`, files `count` applications into a scratch database and reads them out (not timed). */
export async function preparePageFloor(options: { serverUrl: string; code: string; count: number; pageBytes: number; catalog: (file: string) => unknown }): Promise<{ bytes: number }> {
  const db = createKioskDb('motcua-bench-floor');
  const enrolled = await enrollKiosk(db, { serverUrl: options.serverUrl, code: options.code, label: 'Bench floor (Chromium)', appVersion: 'bench' });
  if (!enrolled.ok) throw new Error(`enrollment failed: ${enrolled.reason}`);
  const device = (await loadDevice(db))!;
  const procedures: BacklogProcedure[] = backlogProcedures(options.catalog);
  await fileApplications(db, { count: options.count, intakeKey: device.intakeKeys[0]!, procedures, pages: 2, pageBytes: options.pageBytes });
  const sealed: Sealed[] = [];
  for (const record of await db.outbox.orderBy('queuedAt').toArray()) {
    const attachments = await db.attachments.where('clientId').equals(record.clientId).toArray();
    sealed.push({ clientId: record.clientId, body: requestBody(record, attachments), attachments: attachments.map((a) => ({ id: a.attachmentId, ct: new Uint8Array(a.ct) })) });
  }
  const encoder = new TextEncoder();
  const bytes = sealed.reduce((sum, app) => sum + encoder.encode(JSON.stringify(app.body)).length + app.attachments.reduce((s, a) => s + a.ct.length, 0), 0);
  await db.delete();
  prepared = { serverUrl: options.serverUrl, sealed, bytes, token: () => bearer(device, new Date()) };
  return { bytes };
}

/** The timed part: every prepared application, one at a time, in order. */
export async function runPageFloor(): Promise<{ seconds: number; bytes: number }> {
  if (!prepared) throw new Error('preparePageFloor first');
  const { sealed, bytes, token } = prepared;
  const serverUrl = prepared.serverUrl;
  prepared = null;
  const started = performance.now();
  for (const app of sealed) {
    const put = await fetch(`${serverUrl}${applicationPath(app.clientId)}`, {
      method: 'PUT',
      headers: { authorization: await token(), 'content-type': 'application/json' },
      body: JSON.stringify(app.body),
    });
    const state = applicationStateSchema.parse(await put.json());
    let next = 0;
    let received = state.status !== 'pending-attachments';
    const lane = async () => {
      while (next < state.missingAttachments.length) {
        const attachment = app.attachments.find((a) => a.id === state.missingAttachments[next])!;
        next++;
        const response = await fetch(`${serverUrl}${PATHS.uploads}`, {
          method: 'POST',
          headers: {
            authorization: await token(),
            'tus-resumable': '1.0.0',
            'upload-length': String(attachment.ct.length),
            'upload-metadata': `${UPLOAD_METADATA.clientId} ${b64(app.clientId)},${UPLOAD_METADATA.attachmentId} ${b64(attachment.id)}`,
            'content-type': 'application/offset+octet-stream',
          },
          body: attachment.ct,
        });
        await response.text();
        if (response.status !== 201) throw new Error(`upload ${app.clientId}/${attachment.id}: ${response.status}`);
        const status = response.headers.get(APPLICATION_STATUS_HEADER);
        if (status !== null && status !== 'pending-attachments') received = true;
      }
    };
    await Promise.all(Array.from({ length: UPLOAD_CONCURRENCY }, lane));
    if (!received) throw new Error(`${app.clientId}: no upload answer said the server holds it`);
  }
  return { seconds: (performance.now() - started) / 1000, bytes };
}
