import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../state/session-store';
import './session.css';

/** How long the start screen says the last session was wiped. */
export const NOTICE_MS = 30_000;

/** On the start screen: tells the next person the last session was wiped (role=status). */
export function SessionNotice() {
  const { t } = useTranslation();
  const notice = useSessionStore((s) => s.notice);
  const clearNotice = useSessionStore((s) => s.clearNotice);

  useEffect(() => {
    if (notice === undefined) return;
    const timer = setTimeout(clearNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, clearNotice]);

  return (
    <div role="status" className={notice ? 'session-notice' : undefined}>
      {notice === 'timeout' && t('session.notice.timeout')}
      {notice === 'finished' && t('session.notice.finished')}
    </div>
  );
}
