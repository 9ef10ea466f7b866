/** Sync with the intake server: the page's client, the store the screens read, the catalog cache. */
export { requestSync, startSync, type StartSyncOptions, type SyncClient } from './sync-client';
export { INITIAL_SYNC_VIEW, useSyncStore, type SyncActions, type SyncConnection, type SyncProblem, type SyncView } from './sync-store';
export { cachedCatalog, type CachedCatalog } from './catalog-sync';
