/** Shared set-up for the admin, lookup and header tests: a kiosk, fake device identities, outbox records. */
import { afterEach, beforeEach, vi } from 'vitest';
import { deleteAll } from '../storage/harness';
import type { DeviceSummary } from '../../../src-renderer/device/device-record';
import type { EnrollResult } from '../../../src-renderer/device/enroll';
import { useDeviceStore } from '../../../src-renderer/device/device-store';
import { useLookupStore } from '../../../src-renderer/lookup/lookup-store';
import { useScreenStore } from '../../../src-renderer/state/screen-store';
import { useSessionStore } from '../../../src-renderer/state/session-store';
import type { KioskDb, OutboxRecord, ReceiptRecord } from '../../../src-renderer/storage/db';
import { useSyncStore } from '../../../src-renderer/sync/sync-store';
import { App } from '../../../src-renderer/app/App';
import type { KioskInfo } from '../../../src-shared/bridge/kiosk-bridge';
import { fakeBridge, type FakeBridge } from '../fake-bridge';
import { renderWithI18n } from '../render';
import type { Language } from '../../../src-shared/config/kiosk-config';

export const INFO: KioskInfo = {
  appName: 'Một Cửa Kiosk',
  appVersion: '0.1.0',
  host: 'browser',
  platform: 'test',
  kioskName: 'Nhà văn hoá tổ 5',
  wardName: 'Phường Hồng Hà',
  wardCode: '00097',
  displayMode: 'windowed',
  defaultLanguage: 'vi',
};

export const SERVER = 'https://motcua.hongha.example.vn';

export const DEVICE: DeviceSummary = {
  kioskId: 'k_tdp5-hongha-01',
  serverUrl: SERVER,
  location: 'Nhà văn hoá tổ dân phố 5',
  wardCode: '00097',
  wardName: 'Phường Hồng Hà',
  enrolledAt: '2026-11-30T02:05:00.000Z',
  revoked: false,
};

/** Every store these screens use, back to how the app starts (files share modules: isolate is off). */
export function resetScreens(): void {
  useScreenStore.setState(useScreenStore.getInitialState(), true);
  useLookupStore.setState(useLookupStore.getInitialState(), true);
  useSyncStore.setState(useSyncStore.getInitialState(), true);
  useDeviceStore.setState(useDeviceStore.getInitialState(), true);
  sessionStorage.clear();
}

/** Each test starts as the app starts and leaves nothing behind (stores, real timers, databases). */
export function freshScreensEachTest(): void {
  vi.setConfig({ testTimeout: 30_000 });
  beforeEach(resetScreens);
  afterEach(async () => {
    vi.useRealTimers();
    resetScreens();
    await deleteAll();
  });
}

export type FakeEnroll = (db: KioskDb, serverUrl: string, code: string) => Promise<EnrollResult>;

/** The device store as the other half of the app would leave it: loaded, with this device (or none). */
export function fakeDevice(device: DeviceSummary | null, enroll?: FakeEnroll): void {
  useDeviceStore.setState({
    device,
    loaded: true,
    load: () => Promise.resolve(),
    ...(enroll && {
      enroll: async (db: KioskDb, serverUrl: string, code: string) => {
        const result = await enroll(db, serverUrl, code);
        if (result.ok) useDeviceStore.setState({ device: result.device });
        return result;
      },
    }),
  });
}

export function renderApp(db: KioskDb, options: { config?: Record<string, unknown>; bridge?: FakeBridge; language?: Language } = {}) {
  const bridge = options.bridge ?? fakeBridge({ info: INFO, config: options.config });
  // The app speaks the session's language; the kiosk's default one, so no session is "in progress".
  if (options.language) useSessionStore.setState({ language: options.language, defaultLanguage: options.language });
  const result = renderWithI18n(<App bridge={bridge} db={db} />, options.language);
  return { ...result, bridge };
}

let counter = 0;

/** An outbox record (ciphertext stand-in): only routing fields matter to these screens. */
export function outboxRecord(overrides: Partial<OutboxRecord> = {}): OutboxRecord {
  counter += 1;
  return {
    clientId: `3b2c1a8e-4d5f-4a6b-9c7d-${String(counter).padStart(12, '0')}`,
    reference: 'ABCDEFGH',
    procedureId: 'birth-registration',
    procedureCode: '1.001193',
    catalogVersion: '2026.1',
    queuedAt: new Date().toISOString(),
    state: 'queued',
    frozen: false,
    envelope: { v: 1 } as unknown as OutboxRecord['envelope'],
    attachmentIds: [],
    attempts: 0,
    ...overrides,
  };
}

export function receipt(overrides: Partial<ReceiptRecord> = {}): ReceiptRecord {
  counter += 1;
  return {
    reference: 'ABCDEFGH',
    clientId: `4c3d2b9f-5e6a-4b7c-8d9e-${String(counter).padStart(12, '0')}`,
    procedureId: 'birth-registration',
    procedureCode: '1.001193',
    catalogVersion: '2026.1',
    submittedAt: '2026-11-24T03:15:00.000Z',
    status: 'queued',
    ...overrides,
  };
}
