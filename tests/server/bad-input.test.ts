import { describe, expect, it } from 'vitest';
import { errorBodySchema, MAX_APPLICATION_BODY_BYTES, PATHS } from '../../src-shared/protocol';
import { buildApplication } from './helpers/application';
import { putApplication } from './helpers/http';
import { serverWithKiosk } from './helpers/setup';
import { marriageAnswers } from '../unit/forms/helpers';

const env = serverWithKiosk();

async function refused(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = errorBodySchema.parse(await response.json());
  expect(env.ts.server.store.countApplications()).toBe(0);
  return body;
}

describe('bad submissions get a clear 4xx and nothing is stored', () => {
  it('malformed JSON → 400', async () => {
    const app = await buildApplication(env.kiosk.device);
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, '{"reference": "ABC'), 400);
    expect(body).toMatchObject({ error: 'bad-request', message: 'the body is not valid JSON' });
  });

  it('a body that is not JSON at all → 415', async () => {
    const app = await buildApplication(env.kiosk.device);
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, 'hello', { 'content-type': 'text/plain' }), 415);
    expect(body.message).toMatch(/JSON/);
  });

  it('wrong types → 400 naming the field', async () => {
    const app = await buildApplication(env.kiosk.device);
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, { ...app.body, submittedAt: 42, attachments: 'none' }), 400);
    expect(body.error).toBe('bad-request');
    expect(body.message).toContain('submittedAt');
    expect(body.message).toContain('attachments');
    expect(body.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['submittedAt', 'attachments']));
  });

  it('an unknown field → 400 naming it', async () => {
    const app = await buildApplication(env.kiosk.device);
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, { ...app.body, answersInClear: { name: 'x' } }), 400);
    expect(body.message).toContain('answersInClear');
  });

  it('an oversize body → 413 with the limit', async () => {
    const app = await buildApplication(env.kiosk.device);
    const huge = JSON.stringify({ ...app.body, padding: 'x'.repeat(MAX_APPLICATION_BODY_BYTES) });
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, huge), 413);
    expect(body).toMatchObject({ error: 'too-large', limit: MAX_APPLICATION_BODY_BYTES });
  });

  for (const [what, id] of [
    ['a path trick', '..%2F..%2Fetc%2Fpasswd'],
    ['an encoded NUL', `${crypto.randomUUID()}%00`],
    ['upper case', crypto.randomUUID().toUpperCase()],
    ['not a UUID', 'application-1'],
  ] as const) {
    it(`a client id with ${what} → 400 naming the id`, async () => {
      const app = await buildApplication(env.kiosk.device);
      const response = await fetch(`${env.ts.url}${PATHS.applications}/${id}`, {
        method: 'PUT',
        headers: await env.kiosk.headers({ 'content-type': 'application/json' }),
        body: JSON.stringify(app.body),
      });
      const body = await refused(response, 400);
      expect(body.message).toMatch(/clientId: must be a lower-case UUID/);
    });
  }

  it('an over-long id → 414 with a clear message', async () => {
    const app = await buildApplication(env.kiosk.device);
    const response = await fetch(`${env.ts.url}${PATHS.applications}/${crypto.randomUUID()}${'a'.repeat(300)}`, {
      method: 'PUT',
      headers: await env.kiosk.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify(app.body),
    });
    expect((await refused(response, 414)).message).toMatch(/too long/);
  });

  it('bad percent-encoding in the id → 400', async () => {
    const response = await fetch(`${env.ts.url}${PATHS.applications}/%E0%A4%A`, { method: 'PUT', headers: await env.kiosk.headers({ 'content-type': 'application/json' }), body: '{}' });
    expect((await refused(response, 400)).error).toBe('bad-request');
  });

  it('an id with an extra path segment matches no route → 404 JSON', async () => {
    const app = await buildApplication(env.kiosk.device);
    const response = await fetch(`${env.ts.url}${PATHS.applications}/${app.clientId}/..%2F..%2Fx`, {
      method: 'PUT',
      headers: await env.kiosk.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify(app.body),
    });
    expect((await refused(response, 404)).error).toBe('not-found');
  });

  it('an unknown catalog version → 422 unknown-catalog-version', async () => {
    const app = await buildApplication(env.kiosk.device, { sealedOverrides: { catalogVersion: '2019.1' } });
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, { ...app.body, catalogVersion: '2019.1' }), 422);
    expect(body).toMatchObject({ error: 'unknown-catalog-version' });
  });

  it('an unknown procedure → 422 unknown-procedure', async () => {
    const app = await buildApplication(env.kiosk.device, { sealedOverrides: { procedureId: 'dog-licence' } });
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, { ...app.body, procedureId: 'dog-licence' }), 422);
    expect(body.error).toBe('unknown-procedure');
  });

  it('plaintext routing fields that differ from the sealed ones → 422', async () => {
    const app = await buildApplication(env.kiosk.device);
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, { ...app.body, submittedAt: '2026-06-16T03:00:00.000Z' }), 422);
    expect(body.fields).toEqual([{ field: 'submittedAt', key: 'protocol.sealedMismatch' }]);
  });

  it('invalid answers → 422 with the field errors of the shared form rules', async () => {
    const answers = { ...marriageAnswers(), brideName: '', groomBirthDate: { day: '31', month: '2', year: '1995' } };
    const app = await buildApplication(env.kiosk.device, { answers, contact: { phone: '123', email: '', consent: false } });
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, app.body), 422);
    expect(body.error).toBe('invalid-application');
    const fields = body.fields?.map((f) => f.field) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['brideName', 'contact-phone', 'contact-consent']));
    expect(fields.some((f) => f.startsWith('groomBirthDate'))).toBe(true);
    expect(body.fields?.every((f) => /^[a-z]+(\.[A-Za-z]+)+$/.test(f.key))).toBe(true);
  });

  it('an envelope sealed to a key the server does not have → 422 unknown-key', async () => {
    const current = env.kiosk.device.intakeKeys[0]!;
    const app = await buildApplication(env.kiosk.device, { intakeKey: { ...current, kid: 'intake-19990101-dead' } });
    const body = await refused(await putApplication(env.ts.url, env.kiosk, app.clientId, app.body), 422);
    expect(body.error).toBe('unknown-key');
  });

  it('an envelope opened under another client id → 422 cannot-open', async () => {
    const app = await buildApplication(env.kiosk.device);
    const body = await refused(await putApplication(env.ts.url, env.kiosk, crypto.randomUUID(), app.body), 422);
    expect(body.error).toBe('cannot-open');
  });

  it('attachment descriptors that do not match the sealed manifest → 422', async () => {
    const app = await buildApplication(env.kiosk.device, { attachments: 2 });
    const [first] = app.body.attachments;
    const body = await refused(
      await putApplication(env.ts.url, env.kiosk, app.clientId, { ...app.body, attachments: [{ ...first!, size: first!.size + 1 }] }),
      422,
    );
    expect(body.fields?.map((f) => f.field)).toEqual(['attachments[0].size', 'attachments.doc-2']);
  });
});
