import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatClock } from '../i18n/format-time';
import type { KioskDb } from '../storage/db';
import { useSyncStore, type SyncView } from '../sync/sync-store';
import { useOutboxSummary } from './useOutboxSummary';

function connectionWords(view: Pick<SyncView, 'problem' | 'connection'>): string {
  if (view.problem !== null) return `sync.problem.${view.problem}`;
  if (view.connection === 'online') return 'admin.queue.connectionOnline';
  if (view.connection === 'offline') return 'sync.problem.offline';
  return 'admin.queue.connectionUnknown';
}

/** The queue in figures and words for ward IT: what waits, what is sending, what needs them, the connection. */
export function SyncFacts({ db }: { db: KioskDb }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const view = useSyncStore(
    useShallow((s) => ({ sending: s.sending, lastSuccessAt: s.lastSuccessAt, problem: s.problem, connection: s.connection, nextAttemptAt: s.nextAttemptAt })),
  );
  const summary = useOutboxSummary(db);
  const clock = (iso: string) => formatClock(iso, language);
  const trouble = view.problem !== null || view.connection === 'offline';

  return (
    <dl className="admin__facts">
      <div>
        <dt>{t('admin.queue.waiting')}</dt>
        <dd className="admin__figure">{summary?.waiting ?? '…'}</dd>
      </div>
      <div>
        <dt>{t('admin.queue.sending')}</dt>
        <dd>{view.sending ? t('admin.queue.sendingValue', view.sending) : t('admin.queue.notSending')}</dd>
      </div>
      <div>
        <dt>{t('admin.queue.attention')}</dt>
        <dd className={summary && summary.needsAttention > 0 ? 'admin__figure admin__warn' : 'admin__figure'}>{summary?.needsAttention ?? '…'}</dd>
      </div>
      <div>
        <dt>{t('admin.queue.lastSuccess')}</dt>
        <dd>{view.lastSuccessAt ? clock(view.lastSuccessAt) : t('admin.queue.never')}</dd>
      </div>
      <div className="admin__wide">
        <dt>{t('admin.queue.connection')}</dt>
        <dd className={trouble ? 'admin__problem' : undefined}>{t(connectionWords(view))}</dd>
      </div>
      {view.nextAttemptAt && (
        <div>
          <dt>{t('admin.queue.nextAttempt')}</dt>
          <dd>{clock(view.nextAttemptAt)}</dd>
        </div>
      )}
    </dl>
  );
}
