export { wipeSession, focusStart, type WipeReason } from './wipe-session';
export { useIdleTimer, ACTIVITY_EVENTS, type IdleTimer, type IdleTimerOptions, type IdleTimerState } from './useIdleTimer';
export { IdleWarning, type IdleWarningProps } from './IdleWarning';
export { SessionGuard, useSessionInProgress } from './SessionGuard';
export { SessionNotice, NOTICE_MS } from './SessionNotice';
export { FinishButton } from './FinishButton';
export { QueueCount } from './QueueCount';
