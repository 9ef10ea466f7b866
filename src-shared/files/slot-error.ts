import type { AttachmentSlot } from '../catalog/procedure-schema';
import type { MessageRef } from '../validation/result';

/** What is wrong with the pages of one document slot, if anything: a required document missing, or too many. */
export function slotError(slot: AttachmentSlot, pages: number): MessageRef | undefined {
  if (slot.required && pages === 0) return { key: 'documents.slot.missing' };
  if (pages > slot.maxFiles) return { key: 'documents.slot.tooMany', params: { max: slot.maxFiles } };
  return undefined;
}
