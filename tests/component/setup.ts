import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import type { StoreApi } from 'zustand';
import { useDisplayStore } from '../../src-renderer/a11y/display-store';
import { useKeyboardStore } from '../../src-renderer/keyboard/ui/keyboard-store';
import { useJourneyStore } from '../../src-renderer/state/journey-store';
import { useKioskStore } from '../../src-renderer/state/kiosk-store';
import { useSessionStore } from '../../src-renderer/state/session-store';
import { useScreenStore } from '../../src-renderer/state/screen-store';
import { useLookupStore } from '../../src-renderer/lookup/lookup-store';
import { useDeviceStore } from '../../src-renderer/device/device-store';
import { useSyncStore } from '../../src-renderer/sync/sync-store';

// Two-core CI machines under load: give findBy*/waitFor more than the default second.
configure({ asyncUtilTimeout: 5000 });

// Test files share their worker's modules (vitest.config.ts, isolate: false), so every app store starts
// each test as the app starts, whatever an earlier file left in it.
function resetStore<T>(store: StoreApi<T>): void {
  store.setState(store.getInitialState(), true);
}

beforeEach(() => {
  resetStore(useKioskStore);
  resetStore(useSessionStore);
  resetStore(useJourneyStore);
  resetStore(useDisplayStore);
  resetStore(useKeyboardStore);
  resetStore(useScreenStore);
  resetStore(useLookupStore);
  resetStore(useDeviceStore);
  resetStore(useSyncStore);
});

afterEach(() => {
  cleanup();
});
