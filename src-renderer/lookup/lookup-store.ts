import { create } from 'zustand';

/**
 * "Tra cứu hồ sơ": what the resident typed and the reference being shown. Memory only, and part of the
 * resident's session: the session wipe (finish, idle timeout) empties it.
 */
export interface LookupState {
  input: string;
  /** The canonical reference whose status is on screen; null while the resident is typing. */
  reference: string | null;
  setInput(input: string): void;
  show(reference: string): void;
  /** "Tra cứu hồ sơ khác" / "Nhập lại mã": back to an empty field. */
  again(): void;
  reset(): void;
}

export const useLookupStore = create<LookupState>()((set) => ({
  input: '',
  reference: null,
  setInput: (input) => set({ input }),
  show: (reference) => set({ reference }),
  again: () => set({ input: '', reference: null }),
  reset: () => set({ input: '', reference: null }),
}));
