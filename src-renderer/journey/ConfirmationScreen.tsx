import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskInfo } from '../../src-shared/bridge/kiosk-bridge';
import type { Procedure } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import { formatReference } from '../../src-shared/reference';
import { useServices } from '../app/services';
import { wipeSession } from '../session/wipe-session';
import type { Confirmation } from '../state/journey-store';
import { Button, LiveRegion, PageLayout, QrCode } from '../ui';
import { buildReceiptJob, formatSubmittedAt } from './receipt-job';

export interface ConfirmationScreenProps {
  procedure: Procedure;
  confirmation: Confirmation;
  language: Language;
  info: KioskInfo;
}

type PrintState = 'idle' | 'printing' | 'printed' | 'failed';

/** The reference in large print and as a QR code, what happens next, and a printed receipt. */
export function ConfirmationScreen({ procedure, confirmation, language, info }: ConfirmationScreenProps) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const [print, setPrint] = useState<PrintState>('idle');
  const reference = formatReference(confirmation.reference);

  const printReceipt = async () => {
    setPrint('printing');
    const job = buildReceiptJob(t, procedure, confirmation, language, info);
    const result = await bridge.printReceipt(job).catch(() => ({ ok: false as const, reason: 'failed' as const }));
    setPrint(result.ok ? 'printed' : 'failed');
  };

  return (
    <PageLayout>
      <div className="confirmation__panel">
        <h1 className="confirmation__title">{t('journey.confirmation.heading')}</h1>
        <p className="confirmation__reference-label">{t('journey.confirmation.referenceLabel')}</p>
        <p className="confirmation__reference" aria-label={confirmation.reference.split('').join(' ')}>
          {reference}
        </p>
      </div>
      <div className="confirmation__body">
        <div className="confirmation__qr">
          <QrCode value={`MOTCUA:${confirmation.reference}:${procedure.code}`} label={t('journey.confirmation.qrLabel', { reference })} />
          <p>{t('journey.confirmation.qrHint')}</p>
        </div>
        <dl className="journey__facts">
          <div>
            <dt>{t('journey.confirmation.procedure')}</dt>
            <dd>{procedure.title[language]}</dd>
          </div>
          <div>
            <dt>{t('journey.confirmation.submittedAt')}</dt>
            <dd>{formatSubmittedAt(confirmation.submittedAt, language)}</dd>
          </div>
        </dl>
      </div>
      <h2>{t('journey.confirmation.nextHeading')}</h2>
      <p>{t('journey.confirmation.queued')}</p>
      <p>{t('journey.confirmation.processingText', { time: procedure.processingTime.text[language] })}</p>
      <p>{t('journey.confirmation.nextSms')}</p>
      {procedure.bring.length > 0 && (
        <>
          <h2>{t('journey.confirmation.bring')}</h2>
          <ul className="journey__list">
            {procedure.bring.map((item) => (
              <li key={item.id}>{item.label[language]}</li>
            ))}
          </ul>
        </>
      )}
      <div className="confirmation__actions">
        <Button variant="secondary" size="large" busy={print === 'printing'} busyLabel={t('journey.confirmation.printing')} onClick={() => void printReceipt()}>
          {t('journey.confirmation.print')}
        </Button>
        <Button variant="primary" size="large" onClick={() => wipeSession('finished')}>
          {t('journey.confirmation.finish')}
        </Button>
      </div>
      <LiveRegion
        visible
        message={print === 'printed' ? t('journey.confirmation.printed') : print === 'failed' ? t('journey.confirmation.printFailed') : ''}
      />
    </PageLayout>
  );
}
