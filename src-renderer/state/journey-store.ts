import { create } from 'zustand';
import type { Answers, AnswerValue } from '../../src-shared/forms';
import type { CapturedPage, SlotPages } from '../documents/types';

/**
 * Where the resident is in filing an application. Steps in order: overview → each visible form page →
 * documents (one step per visible attachment slot) → contact → check answers → declaration → confirmation.
 */
export type JourneyStep =
  | { kind: 'overview' }
  | { kind: 'page'; pageId: string }
  | { kind: 'documents'; slotId: string }
  | { kind: 'contact' }
  | { kind: 'check' }
  | { kind: 'declaration' }
  | { kind: 'confirmation' };

export interface ContactAnswers {
  phone: string;
  email: string;
  consent: boolean;
}

export interface Confirmation {
  reference: string;
  submittedAt: string;
  procedureId: string;
}

export interface JourneyState {
  /** The procedure being filed; undefined on the start screen. */
  procedureId: string | undefined;
  /** New for every application started: the double-submit guard's key. */
  sessionToken: string;
  step: JourneyStep;
  /** Steps visited before this one (for Back). */
  history: JourneyStep[];
  /** Set when the resident came from check answers through a Change link: Continue goes back there. */
  returnToCheck: boolean;
  answers: Answers;
  documents: SlotPages;
  contact: ContactAnswers;
  declared: boolean;
  confirmation: Confirmation | undefined;

  start(procedureId: string): void;
  goTo(step: JourneyStep, options?: { returnToCheck?: boolean }): void;
  back(): void;
  setAnswer(fieldId: string, value: AnswerValue): void;
  setDocuments(slotId: string, pages: CapturedPage[]): void;
  setContact(contact: Partial<ContactAnswers>): void;
  setDeclared(declared: boolean): void;
  confirm(confirmation: Confirmation): void;
  /** Back to the start screen with nothing kept (the outbox is not in this store). */
  reset(): void;
}

const EMPTY_CONTACT: ContactAnswers = { phone: '', email: '', consent: false };

const initial = {
  procedureId: undefined,
  sessionToken: '',
  step: { kind: 'overview' } as JourneyStep,
  history: [] as JourneyStep[],
  returnToCheck: false,
  answers: {} as Answers,
  documents: {} as SlotPages,
  contact: EMPTY_CONTACT,
  declared: false,
  confirmation: undefined,
};

export const useJourneyStore = create<JourneyState>()((set) => ({
  ...initial,
  start: (procedureId) => set({ ...initial, procedureId, sessionToken: crypto.randomUUID(), answers: {}, documents: {} }),
  goTo: (step, options) =>
    set((s) => ({ step, history: [...s.history, s.step], returnToCheck: options?.returnToCheck ?? false })),
  back: () =>
    set((s) => {
      const previous = s.history[s.history.length - 1];
      if (!previous) return { procedureId: undefined, step: { kind: 'overview' }, history: [] };
      return { step: previous, history: s.history.slice(0, -1), returnToCheck: false };
    }),
  setAnswer: (fieldId, value) => set((s) => ({ answers: { ...s.answers, [fieldId]: value } })),
  setDocuments: (slotId, pages) => set((s) => ({ documents: { ...s.documents, [slotId]: pages } })),
  setContact: (contact) => set((s) => ({ contact: { ...s.contact, ...contact } })),
  setDeclared: (declared) => set({ declared }),
  /** Submitted: the answers and documents leave memory at once; only the receipt is shown. */
  confirm: (confirmation) =>
    set({ confirmation, step: { kind: 'confirmation' }, history: [], answers: {}, documents: {}, contact: EMPTY_CONTACT, declared: false }),
  reset: () => set({ ...initial, answers: {}, documents: {} }),
}));
