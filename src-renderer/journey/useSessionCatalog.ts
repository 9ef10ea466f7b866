import { useEffect, useRef, useState } from 'react';
import { cachedCatalog } from '../sync';
import type { KioskDb } from '../storage';
import { loadShippedCatalog, type CatalogLoad } from './catalog';

/**
 * The catalog the start screen and each resident's session use (issue 4, item 7): the last one the intake
 * server sent (checked and cached by the sync engine), else the one shipped with the kiosk. It is read
 * again whenever the kiosk is between sessions; while a session is filing, the catalog it started with
 * stays, so an update that arrives mid-session never changes the questions under the resident. Queued
 * applications carry their own catalog version, which the server keeps accepting.
 */
export function useSessionCatalog(db: KioskDb, filing: boolean): CatalogLoad {
  const [catalog, setCatalog] = useState<CatalogLoad>(loadShippedCatalog);
  // Each read is a fresh object: the cache's etag says whether it is the catalog already shown.
  const shownEtag = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (filing) return undefined;
    let live = true;
    void cachedCatalog(db).then((cached) => {
      if (!live || !cached || cached.etag === shownEtag.current) return;
      shownEtag.current = cached.etag;
      setCatalog({ ok: true, catalog: cached.catalog });
    });
    return () => {
      live = false;
    };
  }, [db, filing]);
  return catalog;
}
