import { create } from 'zustand';
import { resetKeyboardPreferences } from '../keyboard/ui/keyboard-store';
import { applyDisplaySettings, DEFAULT_DISPLAY_SETTINGS, type DisplaySettings } from './display-settings';

export { TEXT_SCALES, DEFAULT_DISPLAY_SETTINGS, type TextScale, type DisplaySettings } from './display-settings';

export interface DisplayStore extends DisplaySettings {
  set(change: Partial<DisplaySettings>): void;
}

/** The resident's display choices: memory only, applied to <html> as they change, reset by a session wipe. */
export const useDisplayStore = create<DisplayStore>()((set) => ({
  ...DEFAULT_DISPLAY_SETTINGS,
  set: (change) => set(change),
}));

function pick(state: DisplayStore): DisplaySettings {
  return { textScale: state.textScale, highContrast: state.highContrast, reducedMotion: state.reducedMotion, keySound: state.keySound };
}

if (typeof document !== 'undefined') {
  applyDisplaySettings(pick(useDisplayStore.getState()));
  useDisplayStore.subscribe((state) => applyDisplaySettings(pick(state)));
}

/** Back to the defaults (text size, contrast, motion, key sound) and the keyboard's own choices: call on session wipe. */
export function resetDisplaySettings(): void {
  useDisplayStore.setState({ ...DEFAULT_DISPLAY_SETTINGS });
  resetKeyboardPreferences();
}
