import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../../src-renderer/storage/persistence';

describe('requestPersistentStorage', () => {
  it('asks for persistence and reports quota and usage', async () => {
    let asked = 0;
    const status = await requestPersistentStorage({
      storage: {
        persist: () => {
          asked += 1;
          return Promise.resolve(true);
        },
        estimate: () => Promise.resolve({ quota: 1_000_000, usage: 2_500 }),
      },
    });
    expect(asked).toBe(1);
    expect(status).toEqual({ persisted: true, quota: 1_000_000, usage: 2_500 });
  });

  it('reports a refusal', async () => {
    const status = await requestPersistentStorage({ storage: { persist: () => Promise.resolve(false) } });
    expect(status).toEqual({ persisted: false });
  });

  it('never throws when the API is missing or fails', async () => {
    expect(await requestPersistentStorage(undefined)).toEqual({ persisted: false });
    expect(await requestPersistentStorage(null)).toEqual({ persisted: false });
    expect(await requestPersistentStorage({})).toEqual({ persisted: false });
    expect(await requestPersistentStorage({ storage: {} })).toEqual({ persisted: false });
    const failing = await requestPersistentStorage({
      storage: {
        persist: () => Promise.reject(new Error('denied')),
        estimate: () => Promise.reject(new Error('no estimate')),
      },
    });
    expect(failing).toEqual({ persisted: false });
    const throwing = await requestPersistentStorage({
      storage: {
        persist: () => {
          throw new Error('sync');
        },
        estimate: () => Promise.resolve({ quota: Number.NaN, usage: 10 }),
      },
    });
    expect(throwing).toEqual({ persisted: false, usage: 10 });
  });

  it('falls back to persisted() where persist() is missing', async () => {
    expect(await requestPersistentStorage({ storage: { persisted: () => Promise.resolve(true) } })).toEqual({ persisted: true });
  });

  it('works with the jsdom navigator (no StorageManager there)', async () => {
    const status = await requestPersistentStorage(navigator as unknown as Parameters<typeof requestPersistentStorage>[0]);
    expect(typeof status.persisted).toBe('boolean');
  });
});
