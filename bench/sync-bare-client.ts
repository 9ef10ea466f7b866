/**
 * The sync bench's bare client, the same in Node (sync-floor.ts) and in the bench page (sync-page-floor.ts):
 * the applications of a kiosk database read out into memory as the engine would send them
 * (`readSealed`), and each one sent with plain `fetch` exactly as the engine sends it (`sendBare`): PUT
 * /applications/:clientId, then one tus creation-with-upload POST per attachment the server misses,
 * UPLOAD_CONCURRENCY at a time, each request with a fresh token — and nothing of the engine.
 */
import { APPLICATION_STATUS_HEADER, applicationPath, applicationStateSchema, applicationStatusSchema, PATHS, UPLOAD_METADATA, type ApplicationStatus, type SubmitApplicationRequest } from '../src-shared/protocol';
import type { KioskDb } from '../src-renderer/storage/db';
import { requestBody, UPLOAD_CONCURRENCY } from '../src-renderer/sync/send-application';

export interface SealedApplication {
  clientId: string;
  body: SubmitApplicationRequest;
  attachments: { id: string; ct: Uint8Array<ArrayBuffer>; size: number }[];
}

/** Every application of the outbox, oldest first, with its PUT body and attachment ciphertext. */
export async function readSealed(db: KioskDb): Promise<SealedApplication[]> {
  const sealed: SealedApplication[] = [];
  for (const record of await db.outbox.orderBy('queuedAt').toArray()) {
    const attachments = await db.attachments.where('clientId').equals(record.clientId).toArray();
    sealed.push({ clientId: record.clientId, body: requestBody(record, attachments), attachments: attachments.map((a) => ({ id: a.attachmentId, ct: a.ct, size: a.size })) });
  }
  return sealed;
}

const encoder = new TextEncoder();

/** The bytes of each request that carries the application: its PUT body, then each attachment's ciphertext. */
export function requestSizes(app: SealedApplication): number[] {
  return [encoder.encode(JSON.stringify(app.body)).length, ...app.attachments.map((a) => a.ct.length)];
}

/** Application bytes as the drains count them (PUT bodies + attachment ciphertext). */
export function sealedBytes(apps: readonly SealedApplication[]): number {
  return apps.reduce((sum, app) => sum + requestSizes(app).reduce((a, b) => a + b, 0), 0);
}

const b64 = (text: string) => btoa(String.fromCharCode(...encoder.encode(text)));

export interface BareClient {
  serverUrl: string;
  /** A fresh `Authorization` value per request. */
  authorization: () => Promise<string>;
  /** Wraps each request (e.g. to time it by kind: `PUT applications`, `POST uploads`). */
  timed?: (kind: string, call: () => Promise<Response>) => Promise<Response>;
}

/** One application as the engine sends it; throws unless the server acknowledged it with the last upload. */
export async function sendBare(client: BareClient, app: SealedApplication): Promise<void> {
  const timed = client.timed ?? ((_kind, call) => call());
  const put = await timed('PUT applications', async () =>
    fetch(`${client.serverUrl}${applicationPath(app.clientId)}`, {
      method: 'PUT',
      headers: { authorization: await client.authorization(), 'content-type': 'application/json' },
      body: JSON.stringify(app.body),
    }),
  );
  const text = await put.text();
  if (put.status !== 200 && put.status !== 201) throw new Error(`PUT ${app.clientId}: ${put.status} ${text}`);
  const state = applicationStateSchema.parse(JSON.parse(text));
  const missing = state.missingAttachments.map((id) => {
    const attachment = app.attachments.find((a) => a.id === id);
    if (!attachment) throw new Error(`the server asks for ${app.clientId}/${id}, which was not sealed`);
    return attachment;
  });
  let reported: ApplicationStatus = state.status;
  let next = 0;
  const lane = async () => {
    while (next < missing.length) {
      const attachment = missing[next++]!;
      const response = await timed('POST uploads', async () =>
        fetch(`${client.serverUrl}${PATHS.uploads}`, {
          method: 'POST',
          headers: {
            authorization: await client.authorization(),
            'tus-resumable': '1.0.0',
            'upload-length': String(attachment.size),
            'upload-metadata': `${UPLOAD_METADATA.clientId} ${b64(app.clientId)},${UPLOAD_METADATA.attachmentId} ${b64(attachment.id)}`,
            'content-type': 'application/offset+octet-stream',
          },
          body: attachment.ct,
        }),
      );
      const body = await response.text();
      if (response.status !== 201 || response.headers.get('upload-offset') !== String(attachment.size)) {
        throw new Error(`upload ${app.clientId}/${attachment.id}: ${response.status} offset ${response.headers.get('upload-offset')} ${body}`);
      }
      const status = applicationStatusSchema.safeParse(response.headers.get(APPLICATION_STATUS_HEADER));
      if (status.success && status.data !== 'pending-attachments') reported = status.data;
    }
  };
  await Promise.all(Array.from({ length: Math.min(UPLOAD_CONCURRENCY, missing.length) }, lane));
  if (reported === 'pending-attachments') throw new Error(`${app.clientId}: no upload answer said the server holds it`);
}
