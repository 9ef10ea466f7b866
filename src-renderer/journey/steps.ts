/**
 * The order of a filing journey, computed from the procedure and the answers so far (a page or a document
 * that an answer hides drops out at once): overview → visible form pages → one step per visible attachment
 * slot → contact → check answers → declaration. Pure: the screens and the tests share it.
 */
import type { Procedure } from '../../src-shared/catalog';
import { isShown, visiblePages } from '../../src-shared/forms';
import type { JourneyStep } from '../state/journey-store';

export function journeySteps(procedure: Procedure, answers: unknown): JourneyStep[] {
  return [
    { kind: 'overview' },
    ...visiblePages(procedure.form, answers).map((page): JourneyStep => ({ kind: 'page', pageId: page.id })),
    ...procedure.attach.filter((slot) => isShown(slot, answers)).map((slot): JourneyStep => ({ kind: 'documents', slotId: slot.id })),
    { kind: 'contact' },
    { kind: 'check' },
    { kind: 'declaration' },
  ];
}

export function sameStep(a: JourneyStep, b: JourneyStep): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'page' && b.kind === 'page') return a.pageId === b.pageId;
  if (a.kind === 'documents' && b.kind === 'documents') return a.slotId === b.slotId;
  return true;
}

/** The step after `current`, or undefined at the end (or when `current` is no longer in the journey). */
export function nextStep(steps: readonly JourneyStep[], current: JourneyStep): JourneyStep | undefined {
  const index = steps.findIndex((s) => sameStep(s, current));
  return index < 0 ? undefined : steps[index + 1];
}

/**
 * "Bước 3 / 9": the overview is not counted; the declaration is the last step. Undefined for the overview
 * and the confirmation.
 */
export function progressOf(steps: readonly JourneyStep[], current: JourneyStep): { current: number; total: number } | undefined {
  const counted = steps.filter((s) => s.kind !== 'overview');
  const index = counted.findIndex((s) => sameStep(s, current));
  return index < 0 ? undefined : { current: index + 1, total: counted.length };
}
