import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadShippedCatalog } from '../../../src-renderer/journey/catalog';
import { useSessionCatalog } from '../../../src-renderer/journey/useSessionCatalog';
import { SYNC_SETTING_KEYS, type KioskDb } from '../../../src-renderer/storage/db';
import type { Catalog } from '../../../src-shared/catalog';
import { deleteAll, freshDb } from '../storage/harness';

afterEach(deleteAll);

function shipped(): Catalog {
  const load = loadShippedCatalog();
  if (!load.ok) throw new Error(load.errors.join('\n'));
  return load.catalog;
}

/** The catalog as a server update would bring it: a new version with a renamed first procedure. */
function serverUpdate(version: string, title: string): Catalog {
  const base = structuredClone(shipped());
  const [first, ...rest] = base.procedures;
  return { ...base, catalogVersion: version, procedures: [{ ...first!, catalogVersion: version, title: { vi: title, en: title } }, ...rest] };
}

async function cache(db: KioskDb, catalog: Catalog): Promise<void> {
  await db.settings.put({ key: SYNC_SETTING_KEYS.catalog, value: { etag: `"${catalog.catalogVersion}"`, fetchedAt: new Date().toISOString(), catalog } });
}

describe('the catalog a resident files with', () => {
  it('is the shipped one until the server has sent a catalog, then the server’s', async () => {
    const db = freshDb();
    const { result, rerender } = renderHook(({ filing }) => useSessionCatalog(db, filing), { initialProps: { filing: false } });
    expect(result.current.ok && result.current.catalog.catalogVersion).toBe(shipped().catalogVersion);

    await cache(db, serverUpdate('2027.1', 'Thủ tục đã cập nhật'));
    rerender({ filing: true });
    rerender({ filing: false }); // back at the start screen: the update is read
    await waitFor(() => expect(result.current.ok && result.current.catalog.catalogVersion).toBe('2027.1'));
    expect(result.current.ok && result.current.catalog.procedures[0]!.title.vi).toBe('Thủ tục đã cập nhật');
  });

  it('stays the version the session started with when an update arrives mid-session', async () => {
    const db = freshDb();
    await cache(db, serverUpdate('2027.1', 'Phiên bản một'));
    const { result, rerender } = renderHook(({ filing }) => useSessionCatalog(db, filing), { initialProps: { filing: false } });
    await waitFor(() => expect(result.current.ok && result.current.catalog.catalogVersion).toBe('2027.1'));

    rerender({ filing: true });
    await cache(db, serverUpdate('2027.2', 'Phiên bản hai'));
    rerender({ filing: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.ok && result.current.catalog.catalogVersion).toBe('2027.1');

    rerender({ filing: false });
    await waitFor(() => expect(result.current.ok && result.current.catalog.catalogVersion).toBe('2027.2'));
  });
});
