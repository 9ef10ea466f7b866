/** Protocol calls as a kiosk makes them: JSON with a fresh token, and tus uploads (tus-js-client or raw). */
import { Upload } from 'tus-js-client';
import { applicationPath, PATHS, UPLOAD_METADATA, type ApplicationState } from '../../../src-shared/protocol';
import type { TestAttachment } from './application';
import type { FakeKiosk } from './kiosk';

export async function putApplication(url: string, kiosk: FakeKiosk, clientId: string, body: unknown, extraHeaders: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}${applicationPath(clientId)}`, {
    method: 'PUT',
    headers: await kiosk.headers({ 'content-type': 'application/json', ...extraHeaders }),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function getWithToken(url: string, kiosk: FakeKiosk, pathAndQuery: string, extraHeaders: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}${pathAndQuery}`, { headers: await kiosk.headers(extraHeaders) });
}

export async function getApplicationState(url: string, kiosk: FakeKiosk, clientId: string): Promise<ApplicationState> {
  const response = await getWithToken(url, kiosk, applicationPath(clientId));
  if (response.status !== 200) throw new Error(`GET application: ${response.status} ${await response.text()}`);
  return (await response.json()) as ApplicationState;
}

export function uploadMetadata(clientId: string, attachmentId: string): string {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  return `${UPLOAD_METADATA.clientId} ${b64(clientId)},${UPLOAD_METADATA.attachmentId} ${b64(attachmentId)}`;
}

/** One attachment through tus-js-client (in Node), a fresh kiosk token on every request. */
export function uploadWithTus(url: string, kiosk: FakeKiosk, clientId: string, attachment: Pick<TestAttachment, 'id' | 'ct'>, chunkSize?: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const upload = new Upload(Buffer.from(attachment.ct), {
      endpoint: `${url}${PATHS.uploads}`,
      metadata: { [UPLOAD_METADATA.clientId]: clientId, [UPLOAD_METADATA.attachmentId]: attachment.id },
      retryDelays: [],
      storeFingerprintForResuming: false,
      ...(chunkSize !== undefined && { chunkSize }),
      onBeforeRequest: async (req) => {
        req.setHeader('Authorization', `Bearer ${await kiosk.token()}`);
      },
      onError: reject,
      onSuccess: () => resolve(upload.url ?? ''),
    });
    upload.start();
  });
}

/** tus creation by hand: the response and, on 201, the absolute upload URL. */
export async function createUpload(
  url: string,
  kiosk: FakeKiosk,
  clientId: string,
  attachment: Pick<TestAttachment, 'id' | 'size'>,
  uploadLength = attachment.size,
): Promise<{ response: Response; location?: string }> {
  const response = await fetch(`${url}${PATHS.uploads}`, {
    method: 'POST',
    headers: await kiosk.headers({
      'tus-resumable': '1.0.0',
      'upload-length': String(uploadLength),
      'upload-metadata': uploadMetadata(clientId, attachment.id),
    }),
  });
  if (response.status !== 201) return { response };
  return { response, location: new URL(response.headers.get('location')!, `${url}${PATHS.uploads}/`).toString() };
}

export interface RawUploadResult {
  create: Response;
  patch?: Response;
  location?: string;
}

/** tus by hand: POST (creation) then one PATCH with `bytes` (default: the attachment's ciphertext). */
export async function uploadRaw(
  url: string,
  kiosk: FakeKiosk,
  clientId: string,
  attachment: Pick<TestAttachment, 'id' | 'ct' | 'size'>,
  options: { bytes?: Uint8Array; uploadLength?: number } = {},
): Promise<RawUploadResult> {
  const { response: create, location } = await createUpload(url, kiosk, clientId, attachment, options.uploadLength);
  if (location === undefined) return { create };
  const patch = await fetch(location, {
    method: 'PATCH',
    headers: await kiosk.headers({ 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }),
    body: Buffer.from(options.bytes ?? attachment.ct),
  });
  return { create, patch, location };
}

/** tus creation-with-upload by hand: ONE POST that creates the upload and carries all its bytes. */
export async function createWithUpload(url: string, kiosk: FakeKiosk, clientId: string, attachment: Pick<TestAttachment, 'id' | 'ct' | 'size'>, bytes: Uint8Array = attachment.ct): Promise<Response> {
  return fetch(`${url}${PATHS.uploads}`, {
    method: 'POST',
    headers: await kiosk.headers({
      'tus-resumable': '1.0.0',
      'upload-length': String(attachment.size),
      'upload-metadata': uploadMetadata(clientId, attachment.id),
      'content-type': 'application/offset+octet-stream',
    }),
    body: Buffer.from(bytes),
  });
}
