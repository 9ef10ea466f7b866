import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useSyncStore } from '../../../src-renderer/sync/sync-store';
import { freshScreensEachTest, outboxRecord, resetScreens } from '../admin/harness';
import { QueueCount } from '../../../src-renderer/session';
import { KioskHeader } from '../../../src-renderer/screens/KioskHeader';
import type { OutboxRecord } from '../../../src-renderer/storage/db';
import type { KioskInfo } from '../../../src-shared/bridge/kiosk-bridge';
import { renderWithI18n } from '../render';
import { freshDb } from '../storage/harness';

freshScreensEachTest();

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

/** 10:40 in Hà Nội (03:40 UTC) on 1 December 2026; only Date is faked, so IndexedDB keeps running. */
const NOW = new Date('2026-12-01T03:40:00.000Z');
const atHanoi = (hhmm: string, day = '2026-12-01') => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(`${day}T${String(h! - 7).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`).toISOString();
};

describe('sync status in the header', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });

  it('says "Đang gửi 2 / 5" while a pass sends, and what that means to a screen reader', async () => {
    const db = freshDb();
    await db.outbox.bulkAdd([outboxRecord(), outboxRecord()]);
    renderWithI18n(<KioskHeader info={INFO} db={db} />);
    expect(await screen.findByText('Chờ gửi: 2')).toBeInTheDocument();
    act(() => useSyncStore.setState({ sending: { index: 2, total: 5 } }));
    expect(screen.getByText('Đang gửi 2 / 5')).toBeInTheDocument();
    expect(screen.getByText('Đang gửi hồ sơ thứ 2 trong 5 hồ sơ lên phường')).toBeInTheDocument();
    expect(screen.queryByText('Chờ gửi: 2')).not.toBeInTheDocument();
  });

  it('shows the last successful send in Hà Nội time, with its date when it was not today', async () => {
    const db = freshDb();
    useSyncStore.setState({ lastSuccessAt: atHanoi('10:32') });
    const { unmount } = renderWithI18n(<QueueCount db={db} />);
    expect(await screen.findByText('Đã gửi lúc 10:32')).toBeInTheDocument();
    unmount();
    useSyncStore.setState({ lastSuccessAt: atHanoi('16:05', '2026-11-30') });
    renderWithI18n(<QueueCount db={db} />, 'en');
    expect(await screen.findByText('Last sent: 30/11/2026 at 16:05')).toBeInTheDocument();
  });

  it('counts the applications that need a ward officer apart from those waiting, in calm words', async () => {
    const db = freshDb();
    await db.outbox.bulkAdd([
      outboxRecord(),
      outboxRecord({ state: 'needs-attention', attentionReason: 'conflict', frozen: true }),
      outboxRecord({ state: 'needs-attention', attentionReason: 'too-large', frozen: true }),
    ]);
    const { unmount } = renderWithI18n(<QueueCount db={db} />);
    expect(await screen.findByText('2 hồ sơ cần cán bộ xem')).toBeInTheDocument();
    expect(screen.getByText('Chờ gửi: 1')).toBeInTheDocument();
    unmount();
    renderWithI18n(<QueueCount db={db} />, 'en');
    expect(await screen.findByText('2 applications need a ward officer')).toBeInTheDocument();
  });

  it('never stalls silently: says when it will try again, or that it will, when nothing goes out', async () => {
    const db = freshDb();
    await db.outbox.add(outboxRecord({ queuedAt: atHanoi('10:38') }));
    useSyncStore.setState({ problem: 'offline', connection: 'offline', nextAttemptAt: atHanoi('10:45') });
    const { unmount } = renderWithI18n(<QueueCount db={db} />);
    expect(await screen.findByText('Chưa gửi được — sẽ thử lại lúc 10:45')).toBeInTheDocument();
    unmount();

    // No word from the sync engine at all (a stopped worker) and the oldest has waited 20 minutes.
    resetScreens();
    const quiet = freshDb();
    await quiet.outbox.add(outboxRecord({ queuedAt: atHanoi('10:20') }));
    renderWithI18n(<QueueCount db={quiet} />, 'en');
    expect(await screen.findByText('Not sent yet — the kiosk will try again')).toBeInTheDocument();
  });

  it('does not cry wolf: a fresh application with no problem reported is just waiting', async () => {
    const db = freshDb();
    await db.outbox.add(outboxRecord({ queuedAt: atHanoi('10:39') }));
    renderWithI18n(<QueueCount db={db} />);
    expect(await screen.findByText('Chờ gửi: 1')).toBeInTheDocument();
    expect(screen.queryByText(/Chưa gửi được/)).not.toBeInTheDocument();
  });

  it('announces politely when sending starts and ends, not each application of the pass', async () => {
    const db = freshDb();
    await db.outbox.add(outboxRecord());
    renderWithI18n(<QueueCount db={db} />);
    await screen.findByText('Chờ gửi: 1');
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent(/^$/);
    act(() => useSyncStore.setState({ sending: { index: 1, total: 5 } }));
    expect(within(region).getByText('Đang gửi hồ sơ lên phường.')).toBeInTheDocument();
    act(() => useSyncStore.setState({ sending: { index: 2, total: 5 } }));
    expect(region).toHaveTextContent(/^Đang gửi hồ sơ lên phường\.$/);
    await act(async () => {
      await db.outbox.clear();
      useSyncStore.setState({ sending: null, lastSuccessAt: atHanoi('10:40') });
    });
    expect(await within(region).findByText('Đã gửi hồ sơ lên phường lúc 10:40.')).toBeInTheDocument();
    expect(await screen.findByText('Chờ gửi: 0')).toBeInTheDocument();
  });
});
