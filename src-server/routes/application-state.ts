import type { ApplicationState } from '../../src-shared/protocol';
import type { ApplicationRow, IntakeStore } from '../storage/store';

export function applicationState(store: IntakeStore, row: ApplicationRow): ApplicationState {
  const missing = row.status === 'pending-attachments' ? store.listAttachments(row.clientId).filter((a) => a.verifiedAt === null) : [];
  return {
    clientId: row.clientId,
    reference: row.reference,
    status: row.status,
    missingAttachments: missing.map((a) => a.attachmentId),
    ...(row.receivedAt !== null && { receivedAt: row.receivedAt }),
  };
}
