import { useEffect, useState } from 'react';
import type { KioskDb } from '../storage/db';
import { liveRead, readOutboxSummary, type OutboxSummary } from './outbox-view';

/** The outbox counts, kept live (undefined until the first read; a failed read keeps the last). */
export function useOutboxSummary(db: KioskDb): OutboxSummary | undefined {
  const [summary, setSummary] = useState<OutboxSummary | undefined>(undefined);
  useEffect(() => liveRead(() => readOutboxSummary(db), setSummary), [db]);
  return summary;
}
