/**
 * The enrolled device as the screens see it (no keys). The admin enrollment screen calls
 * `useDeviceStore.getState().enroll(db, url, code)`; the header and diagnostics read `device`.
 */
import { create } from 'zustand';
import type { KioskDb } from '../storage/db';
import type { FetchLike } from '../sync/http';
import { loadDevice, summarize, type DeviceSummary } from './device-record';
import { enrollKiosk, type EnrollResult } from './enroll';

export interface DeviceState {
  device: DeviceSummary | null;
  /** True once `load` has read the database (so "not enrolled" is known, not guessed). */
  loaded: boolean;
  load: (db: KioskDb) => Promise<void>;
  /** `options.fetch` only in tests. */
  enroll: (db: KioskDb, serverUrl: string, code: string, options?: { fetch?: FetchLike }) => Promise<EnrollResult>;
}

export const useDeviceStore = create<DeviceState>((set) => ({
  device: null,
  loaded: false,
  load: async (db) => {
    try {
      const record = await loadDevice(db);
      set({ device: record ? summarize(record) : null, loaded: true });
    } catch {
      set({ device: null, loaded: true });
    }
  },
  enroll: async (db, serverUrl, code, options) => {
    const result = await enrollKiosk(db, { serverUrl, code, fetch: options?.fetch });
    if (result.ok) set({ device: result.device, loaded: true });
    return result;
  },
}));
