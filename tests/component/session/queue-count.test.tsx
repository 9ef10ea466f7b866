import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueueCount } from '../../../src-renderer/session';
import { KioskHeader } from '../../../src-renderer/screens/KioskHeader';
import type { OutboxRecord } from '../../../src-renderer/storage/db';
import type { KioskInfo } from '../../../src-shared/bridge/kiosk-bridge';
import { renderWithI18n } from '../render';
import { deleteAll, freshDb } from '../storage/harness';

vi.setConfig({ testTimeout: 30_000 });
afterEach(deleteAll);

const INFO = { kioskName: 'Nhà văn hoá tổ dân phố 5', wardName: 'Phường Tây Hồ' } as KioskInfo;

function record(n: number): OutboxRecord {
  return {
    clientId: `3b2c1a8e-4d5f-4a6b-9c7d-8e9f0a1b2c${String(n).padStart(2, '0')}`,
    reference: `ABCDEFG${n}`,
    procedureId: 'birth-registration',
    procedureCode: '1.001193',
    catalogVersion: '2026.1',
    queuedAt: `2026-11-24T03:15:0${n}.000Z`,
    state: 'queued',
    frozen: false,
    envelope: { v: 1 } as unknown as OutboxRecord['envelope'],
    attachmentIds: [],
    attempts: 0,
  };
}

describe('queue count', () => {
  it('shows 0 when nothing waits, then follows the outbox as applications are added', async () => {
    const db = freshDb();
    renderWithI18n(<QueueCount db={db} />);
    expect(await screen.findByText('Chờ gửi: 0')).toBeInTheDocument();
    expect(screen.getByText('0 hồ sơ đang chờ gửi lên phường')).toBeInTheDocument();
    await db.outbox.add(record(1));
    expect(await screen.findByText('Chờ gửi: 1')).toBeInTheDocument();
    await db.outbox.bulkAdd([record(2), record(3)]);
    expect(await screen.findByText('Chờ gửi: 3')).toBeInTheDocument();
    expect(screen.getByText('3 hồ sơ đang chờ gửi lên phường')).toBeInTheDocument();
  });

  it('speaks English with the right plural', async () => {
    const db = freshDb();
    await db.outbox.add(record(1));
    renderWithI18n(<QueueCount db={db} />, 'en');
    expect(await screen.findByText('Waiting to send: 1')).toBeInTheDocument();
    expect(screen.getByText('1 application waiting to be sent to the ward')).toBeInTheDocument();
    await db.outbox.add(record(2));
    expect(await screen.findByText('2 applications waiting to be sent to the ward')).toBeInTheDocument();
  });

  it('keeps the last count when the database cannot be read', async () => {
    const db = freshDb();
    await db.outbox.add(record(1));
    renderWithI18n(<QueueCount db={db} />);
    expect(await screen.findByText('Chờ gửi: 1')).toBeInTheDocument();
    const countSpy = vi.spyOn(db.outbox, 'count').mockRejectedValue(new Error('disk gone'));
    await db.outbox.add(record(2)).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByText('Chờ gửi: 1')).toBeInTheDocument();
    countSpy.mockRestore();
  });

  it('sits in the header when the database is given, and the header works without one', async () => {
    const db = freshDb();
    const { unmount } = renderWithI18n(<KioskHeader info={INFO} db={db} />);
    expect(await screen.findByText('Chờ gửi: 0')).toBeInTheDocument();
    unmount();
    renderWithI18n(<KioskHeader info={INFO} />);
    expect(screen.getByText(/Nhà văn hoá tổ dân phố 5/)).toBeInTheDocument();
    expect(screen.queryByText(/Chờ gửi/)).not.toBeInTheDocument();
  });
});
