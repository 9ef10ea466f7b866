import { createContext, useContext, type ReactNode } from 'react';
import type { KioskBridge } from '../../src-shared/bridge/kiosk-bridge';
import type { KioskDb } from '../storage';

/** What the screens need from the host: the bridge to the shell and the kiosk's database. */
export interface KioskServices {
  bridge: KioskBridge;
  db: KioskDb;
}

const ServicesContext = createContext<KioskServices | undefined>(undefined);

export function ServicesProvider({ services, children }: { services: KioskServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): KioskServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
