import { useTranslation } from 'react-i18next';
import { Button, FullScreenDialog, LiveRegion } from '../ui';
import './session.css';

export interface IdleWarningProps {
  open: boolean;
  secondsLeft: number;
  onContinue: () => void;
  onFinish: () => void;
}

/** Seconds at which screen readers hear how long is left (not every second). */
const ANNOUNCE_AT = [60, 30, 10];

/** The last announcement step at or above `secondsLeft`, so the message changes only at those moments. */
export function announcementStep(secondsLeft: number, total: number): number {
  const steps = [total, ...ANNOUNCE_AT.filter((s) => s < total)];
  return steps.filter((s) => s >= secondsLeft).at(-1) ?? total;
}

/** "Bạn vẫn đang ở đây chứ?": a full-screen countdown with one big button to keep going. */
export function IdleWarning({ open, secondsLeft, onContinue, onFinish, total = secondsLeft }: IdleWarningProps & { total?: number }) {
  const { t } = useTranslation();
  const step = announcementStep(secondsLeft, total);
  return (
    <FullScreenDialog
      open={open}
      titleLevel={1}
      tone="warning"
      title={t('session.idle.title')}
      description={t('session.idle.description')}
      actions={
        <>
          <Button size="large" onClick={onContinue}>
            {t('session.idle.continue')}
          </Button>
          <Button variant="secondary" onClick={onFinish}>
            {t('session.idle.finishNow')}
          </Button>
        </>
      }
    >
      <p className="idle-warning__countdown" aria-hidden="true">
        <span className="idle-warning__countdown-label">{t('session.idle.countdownLabel')}</span>
        <span className="idle-warning__seconds">{t('session.idle.seconds', { count: secondsLeft })}</span>
      </p>
      <LiveRegion message={t('session.idle.announce', { count: step })} />
    </FullScreenDialog>
  );
}
