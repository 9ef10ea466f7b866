/** One server and one enrolled kiosk for a test file: `const env = serverWithKiosk();` then `env.ts`, `env.kiosk`. */
import { afterAll, beforeAll } from 'vitest';
import { enrollFakeKiosk, type FakeKiosk } from './kiosk';
import { startTestServer, type StartOptions, type TestServer } from './server';

export interface ServerWithKiosk {
  ts: TestServer;
  kiosk: FakeKiosk;
}

export function serverWithKiosk(options: StartOptions = {}): ServerWithKiosk {
  const env = {} as ServerWithKiosk;
  beforeAll(async () => {
    env.ts = await startTestServer(options);
    env.kiosk = await enrollFakeKiosk(env.ts);
  });
  afterAll(() => env.ts.close());
  return env;
}
