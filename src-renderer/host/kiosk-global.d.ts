import type { KioskBridge } from '../../src-shared/bridge/kiosk-bridge';

declare global {
  interface Window {
    /** The one bridge to the host (Electron preload or browser host). */
    kiosk: KioskBridge;
  }
}
export {};
