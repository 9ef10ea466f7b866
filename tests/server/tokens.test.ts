import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src-server/cli';
import { errorBodySchema, PATHS, TOKEN_AUDIENCE } from '../../src-shared/protocol';
import { enrollFakeKiosk, makeDeviceKey, type FakeKiosk } from './helpers/kiosk';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let kiosk: FakeKiosk;
let other: FakeKiosk;
beforeAll(async () => {
  ts = await startTestServer();
  kiosk = await enrollFakeKiosk(ts);
  other = await enrollFakeKiosk(ts, 'Nhà văn hoá TDP 9');
});
afterAll(() => ts.close());

const device = (token?: string) => fetch(`${ts.url}${PATHS.device}`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

async function expect401(response: Response, error: 'unauthorized' | 'kiosk-revoked' = 'unauthorized') {
  expect(response.status).toBe(401);
  const body = errorBodySchema.parse(await response.json());
  expect(body.error).toBe(error);
  return body.message;
}

const now = () => Math.floor(Date.now() / 1000);

describe('kiosk tokens', () => {
  it('a fresh token opens GET /device with this kiosk, its keys and settings', async () => {
    const response = await device(await kiosk.token());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const info = (await response.json()) as { kioskId: string; intakeKeys: Array<{ kid: string }>; settings: object };
    expect(info.kioskId).toBe(kiosk.kioskId);
    expect(info.intakeKeys[0]?.kid).toBe(ts.server.keys.keys[0]!.kid);
  });

  it('no token → 401', async () => {
    expect(await expect401(await device())).toMatch(/kiosk token is needed/);
  });

  it('an expired token → 401', async () => {
    const token = await kiosk.token({ iat: now() - 400, exp: now() - 100 });
    expect(await expect401(await device(token))).toMatch(/expired/);
  });

  it('a token within the clock-skew allowance still works', async () => {
    expect((await device(await kiosk.token({ iat: now() - 150, exp: now() - 30 }))).status).toBe(200);
  });

  it('a replayed token (same jti) → 401 the second time', async () => {
    const token = await kiosk.token();
    expect((await device(token)).status).toBe(200);
    expect(await expect401(await device(token))).toMatch(/already used/);
  });

  it('a token signed by a foreign key → 401', async () => {
    const stranger = await makeDeviceKey();
    expect(await expect401(await device(await kiosk.token({ key: stranger.privateKey })))).toMatch(/signature/);
  });

  it("a token naming another kiosk's id but signed with this kiosk's key → 401", async () => {
    const token = await kiosk.token({ kid: other.kioskId, iss: other.kioskId, sub: other.kioskId });
    await expect401(await device(token));
  });

  it('an unknown kiosk id → 401', async () => {
    await expect401(await device(await kiosk.token({ kid: 'k_nobodyhere000', iss: 'k_nobodyhere000', sub: 'k_nobodyhere000' })));
  });

  it('a wrong audience, issuer or subject → 401', async () => {
    await expect401(await device(await kiosk.token({ aud: `${TOKEN_AUDIENCE}-other` })));
    await expect401(await device(await kiosk.token({ iss: other.kioskId })));
    await expect401(await device(await kiosk.token({ sub: other.kioskId })));
  });

  it('a token living longer than allowed → 401', async () => {
    expect(await expect401(await device(await kiosk.token({ iat: now(), exp: now() + 3600 })))).toMatch(/at most/);
  });

  it('a token issued in the future → 401', async () => {
    await expect401(await device(await kiosk.token({ iat: now() + 600, exp: now() + 700 })));
  });

  it('revoking a kiosk from the CLI locks it out at once; the other kiosk carries on', async () => {
    const victim = await enrollFakeKiosk(ts, 'Nhà văn hoá TDP 11');
    expect((await device(await victim.token())).status).toBe(200);
    const out: string[] = [];
    const code = await runCli(['revoke', victim.kioskId, '--data-dir', ts.dataDir], { stdout: (l) => out.push(l), stderr: (l) => out.push(l), env: {} });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain(`revoked ${victim.kioskId}`);
    expect(await expect401(await device(await victim.token()), 'kiosk-revoked')).toMatch(/revoked/);
    expect((await device(await other.token())).status).toBe(200);

    const listed: string[] = [];
    await runCli(['kiosks', '--data-dir', ts.dataDir], { stdout: (l) => listed.push(l), stderr: (l) => listed.push(l), env: {} });
    expect(listed.find((l) => l.startsWith(victim.kioskId))).toMatch(/REVOKED/);
  });

  it('revoking through the programmatic API works the same', async () => {
    const victim = await enrollFakeKiosk(ts, 'Nhà văn hoá TDP 12');
    expect(ts.server.revokeKiosk(victim.kioskId)).toBe(true);
    await expect401(await device(await victim.token()), 'kiosk-revoked');
  });
});
