import { create } from 'zustand';
import type { Language } from '../../src-shared/config/kiosk-config';

/**
 * The resident's session: lives in memory only and is wiped when they finish or walk away.
 * (Applications being filed join this store in the filing work; durable things live in Dexie.)
 */
export interface SessionState {
  language: Language;
  /** The language a wipe returns to (from the kiosk configuration). */
  defaultLanguage: Language;
  setLanguage(language: Language): void;
  /** Forget everything the resident did; the start screen may say the session was cleared. */
  wipe(): void;
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  language: 'vi',
  defaultLanguage: 'vi',
  setLanguage: (language) => set({ language }),
  wipe: () => set({ language: get().defaultLanguage }),
}));
