import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createObjectUrl, liveObjectUrlCount } from '../../../src-renderer/documents/object-urls';
import { wipeSession } from '../../../src-renderer/session';
import { useJourneyStore } from '../../../src-renderer/state/journey-store';
import { useSessionStore } from '../../../src-renderer/state/session-store';
import type { OutboxRecord } from '../../../src-renderer/storage/db';
import { renderWithI18n } from '../render';
import { deleteAll, freshDb } from '../storage/harness';
import { MiniKiosk, resetStores, residentMidway } from './harness';

vi.setConfig({ testTimeout: 30_000 });

const RECORD: OutboxRecord = {
  clientId: '3b2c1a8e-4d5f-4a6b-9c7d-8e9f0a1b2c3d',
  reference: 'ABCDEFGH',
  procedureId: 'birth-registration',
  procedureCode: '1.001193',
  catalogVersion: '2026.1',
  queuedAt: '2026-11-24T03:15:00.000Z',
  state: 'queued',
  frozen: false,
  envelope: { v: 1, alg: 'RSA-OAEP-256+A256GCM', kid: 'e2e-2026-11', wrappedKey: 'AAAA', payload: { iv: 'AAAA', ct: 'AAAA' } } as unknown as OutboxRecord['envelope'],
  attachmentIds: [],
  attempts: 0,
};

const advance = (seconds: number) => act(() => vi.advanceTimersByTime(seconds * 1000));
let revoked: string[];

beforeEach(() => {
  resetStores();
  revoked = [];
  let n = 0;
  // jsdom has no object URLs: count what the session makes and revokes.
  URL.createObjectURL = vi.fn(() => `blob:kiosk/${++n}`);
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
});
afterEach(async () => {
  vi.useRealTimers();
  resetStores();
  await deleteAll();
});

describe('session wipe after the idle countdown', () => {
  it('forgets answers, documents and language, revokes previews, says so on the start screen, and keeps the outbox', async () => {
    const db = freshDb();
    await db.outbox.add(RECORD);
    vi.useFakeTimers();
    renderWithI18n(<MiniKiosk />);
    const previewUrl = createObjectUrl(new Blob(['photo']));
    act(() => residentMidway(previewUrl));
    expect(screen.getByRole('heading', { name: 'Đăng ký khai sinh' })).toBeInTheDocument();

    advance(150 + 59);
    expect(useJourneyStore.getState().answers).not.toEqual({});
    advance(1);

    const journey = useJourneyStore.getState();
    expect(journey.procedureId).toBeUndefined();
    expect(journey.answers).toEqual({});
    expect(journey.documents).toEqual({});
    expect(useSessionStore.getState().language).toBe('vi');
    expect(revoked).toEqual([previewUrl]);
    expect(liveObjectUrlCount()).toBe(0);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Phiên trước đã kết thúc và mọi thông tin đã được xoá.');
    advance(0);
    expect(document.getElementById('main')).toHaveFocus();

    vi.useRealTimers();
    expect(await db.outbox.toArray()).toEqual([RECORD]);
  });

  it('lets the resident finish from the warning at once', () => {
    vi.useFakeTimers();
    renderWithI18n(<MiniKiosk />, 'en');
    act(() => residentMidway(createObjectUrl(new Blob(['photo']))));
    advance(150);
    fireEvent.click(screen.getByRole('button', { name: 'Finish and delete' }));
    expect(useJourneyStore.getState().procedureId).toBeUndefined();
    expect(screen.getByRole('status')).toHaveTextContent('You have finished. Everything you entered has been deleted from this kiosk.');
  });

  it('takes the notice away after about 30 seconds, or when the next resident starts', () => {
    vi.useFakeTimers();
    renderWithI18n(<MiniKiosk />);
    act(() => wipeSession('timeout'));
    expect(screen.getByRole('status')).toHaveTextContent('Phiên trước đã kết thúc');
    advance(29);
    expect(screen.getByRole('status')).toHaveTextContent('Phiên trước đã kết thúc');
    advance(1);
    expect(screen.getByRole('status')).toHaveTextContent('');

    act(() => wipeSession('finished'));
    expect(screen.getByRole('status')).toHaveTextContent('Bạn đã kết thúc. Mọi thông tin bạn nhập đã được xoá khỏi máy.');
    act(() => useJourneyStore.getState().start('birth-registration'));
    expect(useSessionStore.getState().notice).toBeUndefined();
  });

  it('never opens the database', async () => {
    const db = freshDb();
    await db.outbox.add(RECORD);
    const before = await db.outbox.count();
    const deleteSpy = vi.spyOn(db.outbox, 'clear');
    wipeSession('finished');
    expect(deleteSpy).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(before);
  });
});
