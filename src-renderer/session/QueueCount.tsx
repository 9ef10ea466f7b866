import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskDb } from '../storage/db';
import { liveWaitingCount } from '../storage/queue';
import './session.css';

/**
 * How many submitted applications are waiting to be sent, always on show and quiet about it
 * (0 included: volunteers like to see the queue is healthy). A failed read keeps the last count.
 */
export function QueueCount({ db }: { db: KioskDb }) {
  const { t } = useTranslation();
  const [count, setCount] = useState<number | undefined>(undefined);

  useEffect(() => liveWaitingCount(db, setCount, () => undefined), [db]);

  if (count === undefined) return null;
  return (
    <span className="queue-count">
      <span aria-hidden="true">{t('session.queue.short', { count })}</span>
      <span className="visually-hidden">{t('session.queue.label', { count })}</span>
    </span>
  );
}
