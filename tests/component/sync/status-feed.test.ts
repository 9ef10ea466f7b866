import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_SETTING_KEYS } from '../../../src-renderer/storage/db';
import { deleteAll } from '../storage/harness';
import { enrolledKiosk, fileApplications, syncOnce } from './sync-harness';

afterEach(deleteAll);

describe('status back to the kiosk', () => {
  it("updates each receipt with the officer's status and reason, page by page, and keeps the cursor", async () => {
    const kiosk = await enrolledKiosk();
    const [a, b, c] = await fileApplications(kiosk.db, 3);
    await syncOnce(kiosk);
    kiosk.server.feedPage = 2;
    kiosk.server.setStatus(a!, 'processing');
    kiosk.server.setStatus(b!, 'needs-information', 'Cần bổ sung bản sao giấy chứng sinh có chứng thực.');
    kiosk.server.setStatus(a!, 'ready-for-collection');
    kiosk.server.setStatus(c!, 'rejected', 'Hồ sơ không thuộc thẩm quyền của phường.');
    await syncOnce(kiosk);

    const byId = new Map((await kiosk.db.receipts.toArray()).map((r) => [r.clientId, r]));
    expect(byId.get(a!)).toMatchObject({ status: 'ready-for-collection' });
    expect(byId.get(a!)?.reason).toBeUndefined();
    expect(byId.get(b!)).toMatchObject({ status: 'needs-information', reason: 'Cần bổ sung bản sao giấy chứng sinh có chứng thực.' });
    expect(byId.get(c!)).toMatchObject({ status: 'rejected', reason: 'Hồ sơ không thuộc thẩm quyền của phường.' });
    expect(byId.get(c!)?.statusChangedAt).toMatch(/^\d{4}-/);
    const cursor = (await kiosk.db.settings.get(SYNC_SETTING_KEYS.statusCursor))?.value;
    expect(cursor).toBe(String(kiosk.server.feed.length));

    // The next poll asks only for what is new.
    const polls = kiosk.server.log.filter((l) => l.includes('status-feed')).length;
    await syncOnce(kiosk);
    expect(kiosk.server.log.filter((l) => l.includes('status-feed')).length).toBe(polls + 1);
    expect((await kiosk.db.receipts.where('clientId').equals(a!).first())?.status).toBe('ready-for-collection');
  });

  it('keeps the receipts and the cursor as they were when the feed answers garbage', async () => {
    const kiosk = await enrolledKiosk();
    await fileApplications(kiosk.db, 1);
    await syncOnce(kiosk);
    const cursor = (await kiosk.db.settings.get(SYNC_SETTING_KEYS.statusCursor))?.value;
    kiosk.server.fail((_m, path) => path.endsWith('/status-feed'), () => new Response(JSON.stringify({ changes: 'x' }), { status: 200, headers: { 'content-type': 'application/json' } }));
    await syncOnce(kiosk);
    expect((await kiosk.db.settings.get(SYNC_SETTING_KEYS.statusCursor))?.value).toBe(cursor);
    expect((await kiosk.db.receipts.toArray())[0]?.status).toBe('received');
  });
});
