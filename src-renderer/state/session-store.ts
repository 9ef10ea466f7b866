import { create } from 'zustand';
import type { Language } from '../../src-shared/config/kiosk-config';

/** Why the last session ended, for the start screen to say so (undefined: nothing to say). */
export type SessionNotice = 'timeout' | 'finished';

/**
 * The resident's session: lives in memory only and is wiped when they finish or walk away
 * (see `session/wipe-session.ts`). Durable things live in Dexie and are never touched by a wipe.
 */
export interface SessionState {
  language: Language;
  /** The language a wipe returns to (from the kiosk configuration). */
  defaultLanguage: Language;
  /** Set by a wipe; cleared when the next resident starts something or after a short while. */
  notice: SessionNotice | undefined;
  setLanguage(language: Language): void;
  setDefaultLanguage(language: Language): void;
  /** Forget the resident's choices (language back to the default) and leave `notice` for the start screen. */
  wipe(notice?: SessionNotice): void;
  clearNotice(): void;
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  language: 'vi',
  defaultLanguage: 'vi',
  notice: undefined,
  // Choosing a language is the next resident starting: the previous session's notice goes.
  setLanguage: (language) => set({ language, notice: undefined }),
  setDefaultLanguage: (defaultLanguage) => set({ defaultLanguage }),
  wipe: (notice) => set({ language: get().defaultLanguage, notice }),
  clearNotice: () => set({ notice: undefined }),
}));
