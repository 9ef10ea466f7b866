import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJourneyStore } from '../state/journey-store';
import { Button, FullScreenDialog } from '../ui';
import { wipeSession } from './wipe-session';

/**
 * "Kết thúc": the resident ends their session. Asks first while something unsent could be lost; once the
 * application is submitted (confirmation step) there is nothing to lose, so it wipes at once.
 */
export function FinishButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const submitted = useJourneyStore((s) => s.step.kind === 'confirmation');
  const [asking, setAsking] = useState(false);

  const finish = () => {
    setAsking(false);
    wipeSession('finished');
  };

  return (
    <>
      <Button variant="secondary" className={className} onClick={() => (submitted ? finish() : setAsking(true))}>
        {t('session.finish.button')}
      </Button>
      <FullScreenDialog
        open={asking}
        tone="warning"
        title={t('session.finish.confirmTitle')}
        description={t('session.finish.confirmDescription')}
        dismissible
        onClose={() => setAsking(false)}
        actions={
          <>
            <Button variant="warning" size="large" onClick={finish}>
              {t('session.finish.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('session.finish.cancel')}
            </Button>
          </>
        }
      />
    </>
  );
}
