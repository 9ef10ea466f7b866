import { create } from 'zustand';

/**
 * Which screen the kiosk shows besides filing (the journey has its own store): the start screen, the
 * resident's "Tra cứu hồ sơ" status lookup, or "Quản trị kiosk" for ward IT and volunteers. Memory only;
 * a session wipe puts it back to the start screen.
 */
export type KioskScreen = 'start' | 'lookup' | 'admin';

export interface ScreenState {
  screen: KioskScreen;
  /** Where "Quay lại" on the admin screen returns to (the lookup, or start — which shows a journey in progress). */
  beforeAdmin: Exclude<KioskScreen, 'admin'>;
  show(screen: Exclude<KioskScreen, 'admin'>): void;
  openAdmin(): void;
  closeAdmin(): void;
  reset(): void;
}

export const useScreenStore = create<ScreenState>()((set, get) => ({
  screen: 'start',
  beforeAdmin: 'start',
  show: (screen) => set({ screen }),
  openAdmin: () => {
    const { screen } = get();
    if (screen !== 'admin') set({ screen: 'admin', beforeAdmin: screen });
  },
  closeAdmin: () => set((s) => ({ screen: s.beforeAdmin, beforeAdmin: 'start' })),
  reset: () => set({ screen: 'start', beforeAdmin: 'start' }),
}));
