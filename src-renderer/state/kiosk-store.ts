import { create } from 'zustand';
import type { KioskBridge, KioskInfo } from '../../src-shared/bridge/kiosk-bridge';
import type { RendererConfig } from '../../src-shared/config/kiosk-config';

/** What the kiosk knows about itself (from the host): read once at start-up. */
export interface KioskState {
  info: KioskInfo | undefined;
  config: RendererConfig | undefined;
  load(bridge: KioskBridge): Promise<void>;
}

export const useKioskStore = create<KioskState>()((set) => ({
  info: undefined,
  config: undefined,
  async load(bridge) {
    const [config, info] = await Promise.all([bridge.getConfig(), bridge.getInfo()]);
    set({ config, info });
  },
}));
