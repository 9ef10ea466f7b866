import { afterEach, describe, expect, it } from 'vitest';
import { loadShippedCatalog } from '../../../src-renderer/journey/catalog';
import { cachedCatalog } from '../../../src-renderer/sync/catalog-sync';
import { deleteAll } from '../storage/harness';
import { enrolledKiosk, syncOnce } from './sync-harness';

afterEach(deleteAll);

function shippedBody() {
  const shipped = loadShippedCatalog();
  if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
  return { version: shipped.catalog.catalogVersion, validFrom: shipped.catalog.validFrom, procedures: shipped.catalog.procedures };
}

describe('catalog updates', () => {
  it('caches a checked catalog with its ETag, and keeps it on 304', async () => {
    const kiosk = await enrolledKiosk();
    expect(await cachedCatalog(kiosk.db)).toBeUndefined();
    kiosk.server.catalogBody = shippedBody();
    await syncOnce(kiosk);
    const first = await cachedCatalog(kiosk.db);
    expect(first?.etag).toBe('"v1"');
    expect(first?.catalog.procedures.map((p) => p.id)).toEqual(shippedBody().procedures.map((p) => p.id));

    await syncOnce(kiosk);
    const again = await cachedCatalog(kiosk.db);
    expect(again).toEqual(first);
    expect(kiosk.server.log.filter((l) => l.endsWith('/catalog'))).toHaveLength(2);
  });

  it('takes a new version under a new ETag', async () => {
    const kiosk = await enrolledKiosk();
    kiosk.server.catalogBody = shippedBody();
    await syncOnce(kiosk);
    const body = shippedBody();
    kiosk.server.catalogBody = { ...body, version: '2099.1' };
    kiosk.server.catalogEtag = '"v2"';
    await syncOnce(kiosk);
    expect(await cachedCatalog(kiosk.db)).toMatchObject({ etag: '"v2"', catalog: { catalogVersion: '2099.1' } });
  });

  it('never caches a catalog that fails the checks; the previous one stays', async () => {
    const kiosk = await enrolledKiosk();
    kiosk.server.catalogBody = shippedBody();
    await syncOnce(kiosk);
    const good = await cachedCatalog(kiosk.db);
    const body = shippedBody();
    kiosk.server.catalogBody = { ...body, procedures: [{ ...body.procedures[0], form: 'broken' }] };
    kiosk.server.catalogEtag = '"broken"';
    await syncOnce(kiosk);
    expect(await cachedCatalog(kiosk.db)).toEqual(good);
  });
});
