import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src-server/cli';
import { deviceInfoSchema, errorBodySchema } from '../../src-shared/protocol';
import { enrollRequest, makeDeviceKey } from './helpers/kiosk';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let clock = new Date();
beforeAll(async () => {
  ts = await startTestServer({ now: () => clock });
});
afterAll(() => ts.close());

const newCode = () => ts.server.createEnrollmentCode({ location: 'Nhà văn hoá TDP 5', wardCode: '00103', wardName: 'Phường Tây Hồ', expiresHours: 1 }).code;

describe('enrollment with a one-time code', () => {
  it('enrolls a kiosk: 201 with its id, location, ward, the submission keys and settings', async () => {
    const code = newCode();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const key = await makeDeviceKey();
    const response = await enrollRequest(ts.url, { code: code.toLowerCase(), publicKeyJwk: key.publicJwk, label: 'Quầy 1', appVersion: '0.1.0' });
    expect(response.status).toBe(201);
    const info = deviceInfoSchema.parse(await response.json());
    expect(info).toMatchObject({ location: 'Nhà văn hoá TDP 5', wardCode: '00103', wardName: 'Phường Tây Hồ' });
    expect(info.intakeKeys[0]?.publicKeyJwk).toMatchObject({ kty: 'RSA', alg: 'RSA-OAEP-256' });
    expect(info.intakeKeys[0]?.publicKeyJwk).not.toHaveProperty('d');
    expect(ts.server.store.getKiosk(info.kioskId)?.label).toBe('Quầy 1');
  });

  it('a code works once: the second use → 401 code-invalid', async () => {
    const code = newCode();
    expect((await enrollRequest(ts.url, { code, publicKeyJwk: (await makeDeviceKey()).publicJwk })).status).toBe(201);
    const again = await enrollRequest(ts.url, { code, publicKeyJwk: (await makeDeviceKey()).publicJwk });
    expect(again.status).toBe(401);
    expect(errorBodySchema.parse(await again.json())).toMatchObject({ error: 'code-invalid' });
  });

  it('two kiosks racing for one code: exactly one wins', async () => {
    const code = newCode();
    const keys = await Promise.all([makeDeviceKey(), makeDeviceKey(), makeDeviceKey()]);
    const statuses = await Promise.all(keys.map((k) => enrollRequest(ts.url, { code, publicKeyJwk: k.publicJwk }).then((r) => r.status)));
    expect(statuses.sort()).toEqual([201, 401, 401]);
  });

  it('an expired code → 401 code-invalid, the same answer as a wrong code', async () => {
    const code = newCode();
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    const response = await enrollRequest(ts.url, { code, publicKeyJwk: (await makeDeviceKey()).publicJwk });
    clock = new Date();
    expect(response.status).toBe(401);
    const wrong = await enrollRequest(ts.url, { code: 'AAAA-BBBB-CCCD', publicKeyJwk: (await makeDeviceKey()).publicJwk });
    expect(await response.json()).toEqual(await wrong.json());
  });

  it('an unknown code → 401 code-invalid; a malformed one → 400', async () => {
    const unknown = await enrollRequest(ts.url, { code: 'AAAA-BBBB-CCCC', publicKeyJwk: (await makeDeviceKey()).publicJwk });
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { error: string }).error).toBe('code-invalid');
    const malformed = await enrollRequest(ts.url, { code: 'hello', publicKeyJwk: (await makeDeviceKey()).publicJwk });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { message: string }).message).toMatch(/^code:/);
  });

  it('refuses a private key as the device key', async () => {
    const key = await makeDeviceKey();
    const response = await enrollRequest(ts.url, { code: newCode(), publicKeyJwk: { ...key.publicJwk, d: 'x'.repeat(43) } as never });
    expect(response.status).toBe(400);
  });

  it('the CLI prints a code that enrolls a kiosk against the running server', async () => {
    const out: string[] = [];
    const status = await runCli(
      ['enroll-code', '--data-dir', ts.dataDir, '--location', 'Nhà văn hoá TDP 5', '--ward', '00103', '--ward-name', 'Phường Tây Hồ', '--expires-hours', '2'],
      { stdout: (l) => out.push(l), stderr: (l) => out.push(l), env: {} },
    );
    expect(status).toBe(0);
    const code = /enrollment code: ([A-Z2-9-]{14})/.exec(out.join('\n'))?.[1];
    expect(code).toBeDefined();
    expect((await enrollRequest(ts.url, { code: code!, publicKeyJwk: (await makeDeviceKey()).publicJwk })).status).toBe(201);
  });

  it('the CLI refuses a bad ward code with a message', async () => {
    const err: string[] = [];
    const status = await runCli(['enroll-code', '--data-dir', ts.dataDir, '--location', 'X', '--ward', '103', '--ward-name', 'Y'], {
      stdout: () => undefined,
      stderr: (l) => err.push(l),
      env: {},
    });
    expect(status).toBe(1);
    expect(err.join('\n')).toMatch(/wardCode: must be a 5-digit ward code/);
  });
});

describe('guessing codes', () => {
  it('after 10 wrong codes from one address the next attempt → 429 rate-limited', async () => {
    const local = await startTestServer();
    try {
      const key = (await makeDeviceKey()).publicJwk;
      for (let i = 0; i < 10; i++) expect((await enrollRequest(local.url, { code: 'AAAA-BBBB-CCCC', publicKeyJwk: key })).status).toBe(401);
      const { code } = local.server.createEnrollmentCode({ location: 'X', wardCode: '00103', wardName: 'Y' });
      const blocked = await enrollRequest(local.url, { code, publicKeyJwk: key });
      expect(blocked.status).toBe(429);
      expect(((await blocked.json()) as { error: string }).error).toBe('rate-limited');
    } finally {
      await local.close();
    }
  });
});
