import type { BrowserWindowConstructorOptions, Input } from 'electron';
import { shouldBlockInput } from './input-filter';
import type { Log } from './logger';
import { errorText } from './logger';

export type DisplayMode = 'kiosk' | 'windowed';

export interface WindowOptionsInput {
  displayMode: DisplayMode;
  /** Absolute path of the bundled preload (dist/app/preload.cjs). */
  preloadPath: string;
  backgroundColor?: string;
  title?: string;
}

/** The main window: fullscreen kiosk, or a resizable window for development; locked-down renderer. */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const kiosk = input.displayMode === 'kiosk';
  const frame: BrowserWindowConstructorOptions = kiosk
    ? { kiosk: true, fullscreen: true, resizable: false, minimizable: false, maximizable: false }
    : { kiosk: false, fullscreen: false, width: 1280, height: 900, resizable: true, center: true };
  return {
    ...frame,
    title: input.title ?? 'Một Cửa Kiosk',
    show: false,
    autoHideMenuBar: true,
    backgroundColor: input.backgroundColor ?? '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      safeDialogs: true,
      devTools: !kiosk,
    },
  };
}

export interface BeforeInputEvent {
  preventDefault(): void;
}

/** The part of WebContents that hardening uses (real WebContents satisfy it). */
export interface HardenableContents {
  on(event: 'did-finish-load', listener: () => void): unknown;
  on(event: 'before-input-event', listener: (event: BeforeInputEvent, input: Input) => void): unknown;
  on(event: 'will-prevent-unload', listener: (event: BeforeInputEvent) => void): unknown;
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void>;
}

export interface HardenOptions {
  kioskMode: boolean;
  log: Log;
}

/** Pinch-zoom off after every load (the limits reset with each document), the keyboard filter, and no
 * `beforeunload` trap (Electron would otherwise silently cancel our reload or error page). */
export function hardenWebContents(contents: HardenableContents, { kioskMode, log }: HardenOptions): void {
  contents.on('did-finish-load', () => {
    try {
      contents.setVisualZoomLevelLimits(1, 1).catch((error: unknown) => {
        log('warn', 'could not limit zoom', { error: errorText(error) });
      });
    } catch (error) {
      log('warn', 'could not limit zoom', { error: errorText(error) });
    }
  });
  contents.on('before-input-event', (event, input) => {
    if (shouldBlockInput(input, { kioskMode })) event.preventDefault();
  });
  contents.on('will-prevent-unload', (event) => {
    event.preventDefault();
    log('info', 'ignored beforeunload');
  });
}
