import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../src-shared/catalog';
import { formatReference } from '../../src-shared/reference';
import { liveRead } from '../admin/outbox-view';
import { findProcedure } from '../journey/catalog';
import { formatSubmittedAt } from '../journey/receipt-job';
import { wipeSession } from '../session/wipe-session';
import type { KioskDb, ReceiptRecord, ReceiptStatus } from '../storage/db';
import { findReceipt } from '../storage/queue';
import { PageLayout } from '../ui';
import { useLookupStore } from './lookup-store';

/** Statuses whose `reason` is the officer's words for the resident (needs-attention's is a machine code). */
const OFFICER_REASON: ReadonlySet<ReceiptStatus> = new Set(['needs-information', 'rejected']);
/** How the status panel looks: done or moving along, waiting on the kiosk, or the resident must act. */
const TONE: Record<ReceiptStatus, 'good' | 'waiting' | 'act'> = {
  queued: 'waiting',
  sending: 'waiting',
  received: 'good',
  processing: 'good',
  'ready-for-collection': 'good',
  collected: 'good',
  'needs-information': 'act',
  rejected: 'act',
  'needs-attention': 'act',
};

type Found = { state: 'reading' } | { state: 'found'; receipt: ReceiptRecord } | { state: 'missing' };

/** The receipt for the reference, kept current while on screen (the status feed may change it). */
function useReceipt(db: KioskDb, reference: string): Found {
  const [found, setFound] = useState<Found>({ state: 'reading' });
  useEffect(
    () =>
      liveRead(
        () => findReceipt(db, reference),
        (receipt) => setFound(receipt ? { state: 'found', receipt } : { state: 'missing' }),
        () => setFound({ state: 'missing' }),
      ),
    [db, reference],
  );
  return found;
}

export interface LookupResultProps {
  db: KioskDb;
  reference: string;
  catalog: Catalog | undefined;
}

export function LookupResult({ db, reference, catalog }: LookupResultProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const again = useLookupStore((s) => s.again);
  const found = useReceipt(db, reference);
  const shown = formatReference(reference);

  if (found.state === 'reading') {
    return (
      <PageLayout>
        <p role="status">{t('app.start.loading')}</p>
      </PageLayout>
    );
  }
  const frame = { onBack: again, onContinue: () => wipeSession('finished'), continueLabel: t('lookup.finish') };
  if (found.state === 'missing') {
    return (
      <PageLayout {...frame} backLabel={t('lookup.notFound.retry')}>
        <h1>{t('lookup.notFound.heading', { reference: shown })}</h1>
        <p className="lookup__lead">{t('lookup.notFound.body')}</p>
        <p>{t('lookup.notFound.help')}</p>
      </PageLayout>
    );
  }

  const { receipt } = found;
  const status = receipt.status;
  const procedure = catalog ? findProcedure(catalog, receipt.procedureId) : undefined;
  const officerReason = OFFICER_REASON.has(status) && receipt.reason ? receipt.reason : undefined;
  return (
    <PageLayout {...frame} backLabel={t('lookup.another')}>
      <div className={`lookup__status lookup__status--${TONE[status]}`}>
        <p className="lookup__reference">
          {t('lookup.result.reference')}: <span aria-label={reference.split('').join(' ')}>{shown}</span>
        </p>
        <h1 className="lookup__title">{t(`lookup.status.${status}.title`)}</h1>
        <p className="lookup__lead">{t(`lookup.status.${status}.meaning`)}</p>
      </div>
      {officerReason && (
        <section className="lookup__officer" aria-labelledby="lookup-officer">
          <h2 id="lookup-officer">{t('lookup.result.officer')}</h2>
          <p lang="vi">{officerReason}</p>
        </section>
      )}
      <h2>{t('lookup.result.todo')}</h2>
      <p className="lookup__lead">{t(`lookup.status.${status}.todo`)}</p>
      {status === 'ready-for-collection' && (
        <>
          <h3>{t('lookup.result.bring')}</h3>
          <ul className="journey__list">
            <li>{t('lookup.receipt')}</li>
            {procedure?.bring.map((item) => <li key={item.id}>{item.label[language]}</li>)}
          </ul>
        </>
      )}
      <dl className="journey__facts">
        <div>
          <dt>{t('lookup.result.procedure')}</dt>
          <dd>{procedure ? procedure.title[language] : receipt.procedureCode}</dd>
        </div>
        <div>
          <dt>{t('lookup.result.submittedAt')}</dt>
          <dd>{formatSubmittedAt(receipt.submittedAt, language)}</dd>
        </div>
        {receipt.statusChangedAt && (
          <div>
            <dt>{t('lookup.result.changedAt')}</dt>
            <dd>{formatSubmittedAt(receipt.statusChangedAt, language)}</dd>
          </div>
        )}
      </dl>
    </PageLayout>
  );
}
