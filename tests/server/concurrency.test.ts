import { describe, expect, it } from 'vitest';
import { buildApplication } from './helpers/application';
import { putApplication } from './helpers/http';
import { serverWithKiosk } from './helpers/setup';

const env = serverWithKiosk();

describe('insert if absent is atomic', () => {
  it('six identical PUTs at once: one 201, five 200, one row', async () => {
    const app = await buildApplication(env.kiosk.device, { attachments: 1 });
    const statuses = await Promise.all(Array.from({ length: 6 }, () => putApplication(env.ts.url, env.kiosk, app.clientId, app.body).then((r) => r.status)));
    expect(statuses.sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(env.ts.server.store.countApplications()).toBe(1);
    expect(env.ts.server.store.listAttachments(app.clientId)).toHaveLength(1);
  });

  it('two different applications under one id at once: one 201, one 409, the winner kept whole', async () => {
    const a = await buildApplication(env.kiosk.device);
    const b = await buildApplication(env.kiosk.device, { clientId: a.clientId, procedureId: 'death-registration' });
    const [ra, rb] = await Promise.all([putApplication(env.ts.url, env.kiosk, a.clientId, a.body), putApplication(env.ts.url, env.kiosk, b.clientId, b.body)]);
    expect([ra.status, rb.status].sort()).toEqual([201, 409]);
    const winner = ra.status === 201 ? a : b;
    expect(env.ts.server.store.getApplication(a.clientId)?.procedureId).toBe(winner.body.procedureId);
  });
});
