import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { syncStatus, type SyncStatus } from '../admin/sync-status';
import { useOutboxSummary } from '../admin/useOutboxSummary';
import { formatClock } from '../i18n/format-time';
import type { KioskDb } from '../storage/db';
import { useSyncStore } from '../sync/sync-store';
import { LiveRegion } from '../ui';
import './session.css';

/** How often the header looks at the clock (a queue that stopped moving, a day that changed). */
const CLOCK_TICK_MS = 30_000;

function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Announced once per change of state (sending, sent, not sent, how many need attention), never per item. */
function useAnnouncement(status: SyncStatus | undefined, words: (status: SyncStatus) => string): string {
  const seen = useRef<string | undefined>(undefined);
  const [message, setMessage] = useState('');
  const key = status ? `${status.phase}|${status.needsAttention}` : undefined;
  useEffect(() => {
    if (!status || key === undefined) return;
    if (seen.current !== undefined && seen.current !== key) setMessage(words(status));
    seen.current = key;
    // `words` and `status` are read when the key changes, which is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return message;
}

/**
 * The header's quiet sync status, on every screen (0 included: volunteers like to see the queue is
 * healthy): "Chờ gửi: 3" or "Đang gửi 2 / 5", "2 hồ sơ cần cán bộ xem", and "Đã gửi lúc 10:32" or — when
 * applications wait and nothing goes out — "Chưa gửi được — sẽ thử lại lúc 10:40". The counts come from
 * the outbox itself (true even before the sync engine runs); a failed read keeps the last view.
 */
export function QueueCount({ db }: { db: KioskDb }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const summary = useOutboxSummary(db);
  const view = useSyncStore(useShallow((s) => ({ sending: s.sending, lastSuccessAt: s.lastSuccessAt, problem: s.problem, nextAttemptAt: s.nextAttemptAt })));
  const now = useNow();

  const status = summary ? syncStatus(summary, view, now) : undefined;
  const clock = (iso: string) => formatClock(iso, language);
  const announcement = useAnnouncement(status, (s) =>
    [
      s.phase === 'sending' ? t('sync.announce.sending') : '',
      s.phase === 'not-sent' ? t('sync.announce.notSent') : '',
      s.note?.kind === 'sent' ? t('sync.announce.sent', { time: clock(s.note.at) }) : '',
      s.needsAttention > 0 ? t('sync.announce.attention', { count: s.needsAttention }) : '',
    ]
      .filter(Boolean)
      .join(' '),
  );

  if (!status) return null;
  const { note } = status;
  return (
    <span className="queue-count">
      {status.sending ? (
        <span className="queue-count__part">
          <span aria-hidden="true">{t('sync.header.sending', status.sending)}</span>
          <span className="visually-hidden">{t('sync.header.sendingLabel', status.sending)}</span>
        </span>
      ) : (
        <span className="queue-count__part">
          <span aria-hidden="true">{t('session.queue.short', { count: status.waiting })}</span>
          <span className="visually-hidden">{t('session.queue.label', { count: status.waiting })}</span>
        </span>
      )}
      {status.needsAttention > 0 && (
        <span className="queue-count__part queue-count__attention">{t('sync.header.attention', { count: status.needsAttention })}</span>
      )}
      {note?.kind === 'sent' && <span className="queue-count__part">{t('sync.header.sentAt', { time: clock(note.at) })}</span>}
      {note?.kind === 'not-sent' && (
        <span className="queue-count__part queue-count__not-sent">
          {note.retryAt !== null ? t('sync.header.notSentRetry', { time: clock(note.retryAt) }) : t('sync.header.notSent')}
        </span>
      )}
      <LiveRegion message={announcement} />
    </span>
  );
}
