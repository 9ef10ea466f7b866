import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import { ERROR_CODES } from '../../src-shared/protocol';
import { formatReference } from '../../src-shared/reference';
import { findProcedure } from '../journey/catalog';
import { formatSubmittedAt } from '../journey/receipt-job';
import type { KioskDb } from '../storage/db';
import { requeue } from '../storage/outbox-state';
import { useSyncStore } from '../sync/sync-store';
import { Button, LiveRegion } from '../ui';
import { liveRead, readOutboxList, type OutboxItem, type OutboxList } from './outbox-view';
import { SyncFacts } from './SyncFacts';

/** Most applications listed one by one; a long backlog is summed up below them. */
export const LIST_LIMIT = 50;

/** Every machine reason the protocol knows has its own words (`sync.attention.*`); anything else is "other". */
const KNOWN_REASONS: ReadonlySet<string> = new Set(ERROR_CODES);

interface ItemProps {
  item: OutboxItem;
  catalog: Catalog | undefined;
  language: Language;
  onRetry: (item: OutboxItem) => void;
}

function Item({ item, catalog, language, onRetry }: ItemProps) {
  const { t } = useTranslation();
  const procedure = catalog ? findProcedure(catalog, item.procedureId) : undefined;
  const attention = item.state === 'needs-attention';
  const reason = item.attentionReason !== undefined && KNOWN_REASONS.has(item.attentionReason) ? item.attentionReason : 'other';
  const state = attention
    ? t('admin.queue.stateAttention')
    : item.state === 'sending'
      ? t('admin.queue.stateSending', { count: item.attempts })
      : t('admin.queue.stateQueued');
  return (
    <li className={attention ? 'admin__item admin__item--attention' : 'admin__item'}>
      <p className="admin__item-title">
        <span className="admin__mono">{formatReference(item.reference)}</span> · {procedure ? procedure.title[language] : item.procedureCode}
      </p>
      <dl className="admin__item-facts">
        <div>
          <dt>{t('admin.queue.queuedAt')}</dt>
          <dd>{formatSubmittedAt(item.queuedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('admin.queue.state')}</dt>
          <dd className={attention ? 'admin__warn' : undefined}>{state}</dd>
        </div>
        {attention && (
          <div>
            <dt>{t('admin.queue.reason')}</dt>
            <dd>{t(`sync.attention.${reason}`)}</dd>
          </div>
        )}
        {attention && item.lastError && (
          <div className="admin__detail">
            <dt>{t('admin.queue.detail')}</dt>
            <dd lang="en">{item.lastError}</dd>
          </div>
        )}
      </dl>
      {attention && (
        <Button variant="secondary" className="admin__retry" onClick={() => onRetry(item)}>
          {t('admin.queue.retry', { reference: formatReference(item.reference) })}
        </Button>
      )}
    </li>
  );
}

export interface QueueSectionProps {
  db: KioskDb;
  catalog: Catalog | undefined;
}

/** The queue as ward IT needs it: counts, last send, the connection problem in plain words, "Gửi ngay", each application. */
export function QueueSection({ db, catalog }: QueueSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const syncNow = useSyncStore((s) => s.syncNow);
  const [list, setList] = useState<OutboxList | undefined>(undefined);
  const [asked, setAsked] = useState(0);
  const [retried, setRetried] = useState<string | null>(null);
  const retry = (item: OutboxItem) => {
    void requeue(db, item.clientId, new Date()).then((done) => {
      if (!done) return;
      setRetried(formatReference(item.reference));
      syncNow();
    });
  };

  useEffect(() => liveRead(() => readOutboxList(db, LIST_LIMIT), setList), [db]);

  const attention = list?.items.some((item) => item.state === 'needs-attention') ?? false;
  return (
    <section className="admin__section" aria-labelledby="admin-queue">
      <h2 id="admin-queue">{t('admin.queue.heading')}</h2>
      <SyncFacts db={db} />
      <Button
        size="large"
        className="admin__sync-now"
        onClick={() => {
          syncNow();
          setAsked((n) => n + 1);
        }}
      >
        {t('admin.queue.syncNow')}
      </Button>
      {/* The same words each time: a no-break space on every other tap changes the text, so each tap is announced. */}
      <LiveRegion visible message={asked > 0 ? `${t('admin.queue.syncNowStarted')}${asked % 2 === 0 ? '\u00a0' : ''}` : ''} />

      <h3>{t('admin.queue.listHeading')}</h3>
      {list && list.total === 0 && <p>{t('admin.queue.empty')}</p>}
      {attention && <p className="admin__help">{t('admin.queue.attentionHelp')}</p>}
      <LiveRegion visible message={retried ? t('admin.queue.retried', { reference: retried }) : ''} />
      {list && list.items.length > 0 && (
        <ul className="admin__items">
          {list.items.map((item) => (
            <Item key={item.clientId} item={item} catalog={catalog} language={language} onRetry={retry} />
          ))}
        </ul>
      )}
      {list && list.total > list.items.length && <p>{t('admin.queue.more', { count: list.total - list.items.length })}</p>}
    </section>
  );
}
