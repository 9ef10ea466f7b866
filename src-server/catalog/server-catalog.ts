/**
 * The catalog the server accepts applications for: loaded from the catalog folder at start (parsed and
 * checked like the kiosk's), every procedure version recorded in the store so applications queued under an
 * older catalog stay accepted after an update. Lookups parse a stored version once and keep it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCatalog, procedureSchema, type Catalog, type Procedure } from '../../src-shared/catalog';
import type { CatalogResponse } from '../../src-shared/protocol';
import type { IntakeStore } from '../storage/store';

export interface ServerCatalog {
  current: Catalog;
  /** The GET /catalog body and its strong ETag. */
  responseBody: string;
  etag: string;
  /** The procedure as of that catalog version, from this catalog or one loaded before. */
  find(procedureId: string, catalogVersion: string): { ok: true; procedure: Procedure } | { ok: false; reason: 'unknown-procedure' | 'unknown-catalog-version' };
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

export async function loadServerCatalog(dir: string, store: IntakeStore, now: Date): Promise<ServerCatalog> {
  const index = (await readJson(path.join(dir, 'catalog.json'))) as { procedures?: unknown };
  const names = Array.isArray(index.procedures) ? index.procedures.filter((n): n is string => typeof n === 'string') : [];
  const files = await Promise.all(names.map(async (name) => ({ name, json: await readJson(path.join(dir, path.basename(name))) })));
  const parsed = parseCatalog({ name: 'catalog.json', json: index }, files);
  if (!parsed.ok) throw new Error(`the catalog in ${dir} has problems:\n  ${parsed.errors.join('\n  ')}`);
  const current = parsed.catalog;
  for (const p of current.procedures) store.saveProcedureVersion(p.id, p.catalogVersion, JSON.stringify(p), now.toISOString());

  const body: CatalogResponse = { version: current.catalogVersion, validFrom: current.validFrom, procedures: current.procedures };
  const responseBody = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(responseBody).digest('base64url')}"`;
  const versionKey = (procedureId: string, catalogVersion: string) => `${procedureId}@${catalogVersion}`;
  // The current procedures are parsed already; only older versions are read back from the store.
  const cache = new Map<string, Procedure>(current.procedures.map((p) => [versionKey(p.id, p.catalogVersion), p]));

  return {
    current,
    responseBody,
    etag,
    find(procedureId, catalogVersion) {
      const key = versionKey(procedureId, catalogVersion);
      const cached = cache.get(key);
      if (cached) return { ok: true, procedure: cached };
      const json = store.getProcedureVersion(procedureId, catalogVersion);
      if (json === undefined) return { ok: false, reason: store.hasProcedure(procedureId) ? 'unknown-catalog-version' : 'unknown-procedure' };
      const procedure = procedureSchema.parse(JSON.parse(json));
      cache.set(key, procedure);
      return { ok: true, procedure };
    },
  };
}
