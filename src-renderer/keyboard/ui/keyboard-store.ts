import { create } from 'zustand';
import type { InputMethod } from '../engine';

/**
 * Keyboard preferences of the current resident (memory only; a session wipe resets them).
 * Default method is "direct" (Gõ trực tiếp): keys ă â đ ê ô ơ ư and a row of tones do what they show,
 * so a resident who has never learnt Telex or VNI can type a name first time. Typists switch with one tap.
 */
export const DEFAULT_INPUT_METHOD: InputMethod = 'direct';

export interface KeyboardPreferences {
  method: InputMethod;
  /** The resident hid the on-screen keyboard (e.g. to use a real one); a "Bàn phím" button brings it back. */
  hidden: boolean;
  setMethod(method: InputMethod): void;
  setHidden(hidden: boolean): void;
}

export const useKeyboardStore = create<KeyboardPreferences>()((set) => ({
  method: DEFAULT_INPUT_METHOD,
  hidden: false,
  setMethod: (method) => set({ method }),
  setHidden: (hidden) => set({ hidden }),
}));

export function resetKeyboardPreferences(): void {
  useKeyboardStore.setState({ method: DEFAULT_INPUT_METHOD, hidden: false });
}
