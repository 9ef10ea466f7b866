import { useEffect } from 'react';
import type { RendererConfig } from '../../src-shared/config/kiosk-config';
import { useJourneyStore } from '../state/journey-store';
import { useScreenStore } from '../state/screen-store';
import { useSessionStore } from '../state/session-store';
import { IdleWarning } from './IdleWarning';
import { useIdleTimer } from './useIdleTimer';
import { wipeSession } from './wipe-session';

/** A session is in progress once the resident has chosen a procedure or another language, or left the
 * start screen (status lookup, or the admin screen a volunteer may walk away from). */
export function useSessionInProgress(): boolean {
  const procedureChosen = useJourneyStore((s) => s.procedureId !== undefined);
  const languageChanged = useSessionStore((s) => s.language !== s.defaultLanguage);
  const elsewhere = useScreenStore((s) => s.screen !== 'start');
  return procedureChosen || languageChanged || elsewhere;
}

const onTimeout = () => wipeSession('timeout');
const onFinish = () => wipeSession('finished');

/**
 * Watches for a resident who walked away: after `idleWarningSeconds` without a touch it asks
 * "Bạn vẫn đang ở đây chứ?", and after `idleCountdownSeconds` more it wipes the session.
 * Mount once, around or beside the screens.
 */
export function SessionGuard({ config }: { config: RendererConfig['session'] }) {
  const active = useSessionInProgress();
  const clearNotice = useSessionStore((s) => s.clearNotice);
  const { state, extend } = useIdleTimer({
    active,
    warningSeconds: config.idleWarningSeconds,
    countdownSeconds: config.idleCountdownSeconds,
    onTimeout,
  });

  useEffect(() => {
    if (active) clearNotice(); // the next resident has started: the last one's notice is old news
  }, [active, clearNotice]);

  return (
    <IdleWarning
      open={state.phase === 'warning'}
      secondsLeft={state.phase === 'warning' ? state.secondsLeft : config.idleCountdownSeconds}
      total={config.idleCountdownSeconds}
      onContinue={extend}
      onFinish={onFinish}
    />
  );
}
