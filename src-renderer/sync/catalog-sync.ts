/**
 * Catalog updates (issue 4, item 7): `GET /catalog` with `If-None-Match`; a 200 is checked with the
 * shared catalog schema (the same rules as `parseCatalog`) and cached in Dexie with its ETag; a 304
 * keeps the cache. A catalog that does not pass is never cached: the kiosk keeps what it has.
 * The journey reads `cachedCatalog(db)` when a session STARTS and keeps that version for the session.
 */
import { catalogSchema, type Catalog } from '../../src-shared/catalog';
import { catalogResponseSchema, PATHS } from '../../src-shared/protocol';
import { SYNC_SETTING_KEYS, type KioskDb } from '../storage/db';
import { joinUrl } from './http';
import { callServer, type CallContext } from './server-call';

export interface CachedCatalog {
  etag: string;
  catalog: Catalog;
  fetchedAt: string;
}

function isCached(value: unknown): value is CachedCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CachedCatalog>;
  return typeof v.etag === 'string' && typeof v.fetchedAt === 'string' && catalogSchema.safeParse(v.catalog).success;
}

/** The last catalog the server sent that passed the checks, or undefined (then the shipped one applies). */
export async function cachedCatalog(db: KioskDb): Promise<CachedCatalog | undefined> {
  try {
    const row = await db.settings.get(SYNC_SETTING_KEYS.catalog);
    return row !== undefined && isCached(row.value) ? row.value : undefined;
  } catch {
    return undefined;
  }
}

export type CatalogSyncResult = 'updated' | 'unchanged' | 'invalid' | 'failed';

export async function syncCatalog(context: CallContext & { db: KioskDb; serverUrl: string; now: () => Date }): Promise<CatalogSyncResult> {
  const cached = await cachedCatalog(context.db);
  const headers: Record<string, string> = cached ? { 'if-none-match': cached.etag } : {};
  const outcome = await callServer(context, joinUrl(context.serverUrl, PATHS.catalog), { method: 'GET', headers }, [200, 304]);
  if (outcome.kind !== 'ok') return 'failed';
  if (outcome.status === 304) return cached ? 'unchanged' : 'failed';
  const etag = outcome.headers.get('etag');
  const body = catalogResponseSchema.safeParse(outcome.body);
  if (!body.success || etag === null) return 'invalid';
  const catalog = catalogSchema.safeParse({ catalogVersion: body.data.version, validFrom: body.data.validFrom, procedures: body.data.procedures });
  if (!catalog.success) return 'invalid';
  const entry: CachedCatalog = { etag, catalog: catalog.data, fetchedAt: context.now().toISOString() };
  await context.db.settings.put({ key: SYNC_SETTING_KEYS.catalog, value: entry });
  return 'updated';
}
