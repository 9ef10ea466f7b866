/**
 * Asks the browser to keep the kiosk's storage (contract item 10: IndexedDB is best-effort and may be
 * evicted under storage pressure unless persisted). Never throws: a missing or failing API reports
 * `persisted: false`. The quota and usage are for the diagnostics screen.
 */

export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ quota?: number; usage?: number }>;
}

export interface NavigatorLike {
  storage?: StorageManagerLike;
}

export interface PersistenceStatus {
  persisted: boolean;
  quota?: number;
  usage?: number;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export async function requestPersistentStorage(navigatorLike: NavigatorLike | null | undefined): Promise<PersistenceStatus> {
  return storageStatus(navigatorLike, 'persist');
}

/** The same status without asking for anything (diagnostics): `persisted()`, then the estimate. */
export async function readStorageStatus(navigatorLike: NavigatorLike | null | undefined): Promise<PersistenceStatus> {
  return storageStatus(navigatorLike, 'persisted');
}

async function storageStatus(navigatorLike: NavigatorLike | null | undefined, first: 'persist' | 'persisted'): Promise<PersistenceStatus> {
  let storage: StorageManagerLike | undefined;
  try {
    storage = navigatorLike?.storage ?? undefined;
  } catch {
    return { persisted: false };
  }
  if (storage === undefined || storage === null) return { persisted: false };

  let persisted = false;
  try {
    if (first === 'persist' && typeof storage.persist === 'function') persisted = (await storage.persist.call(storage)) === true;
    else if (typeof storage.persisted === 'function') persisted = (await storage.persisted.call(storage)) === true;
  } catch {
    persisted = false;
  }

  const status: PersistenceStatus = { persisted };
  try {
    if (typeof storage.estimate === 'function') {
      const estimate = await storage.estimate.call(storage);
      const quota = finite(estimate?.quota);
      const usage = finite(estimate?.usage);
      if (quota !== undefined) status.quota = quota;
      if (usage !== undefined) status.usage = usage;
    }
  } catch {
    // No estimate: the status stands without it.
  }
  return status;
}
