import type { KioskConfig } from '../src-shared/config/kiosk-config';
import { buildKioskCsp } from '../src-shared/security/csp';

/**
 * The running configuration, which enrollment may point at another intake server. The CSP follows it:
 * every response built after a change allows the new server's origin (and no longer the old one).
 */
export interface LiveConfig {
  get(): KioskConfig;
  /** The Content-Security-Policy for the current intake server. */
  csp(): string;
  setServerUrl(origin: string): void;
}

export function createLiveConfig(initial: KioskConfig): LiveConfig {
  let config = initial;
  // Built once per address, not per response.
  let policy = buildKioskCsp(config.serverUrl).policy;
  return {
    get: () => config,
    csp: () => policy,
    setServerUrl(origin) {
      config = { ...config, serverUrl: origin };
      policy = buildKioskCsp(origin).policy;
    },
  };
}
