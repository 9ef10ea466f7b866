// The Electron main process: thin wiring of the small modules next to this file. Logic lives in those
// modules (unit-tested in plain Node); this file only connects them to the real Electron objects.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, powerMonitor, powerSaveBlocker, protocol, session } from 'electron';
import { toRendererConfig, type KioskConfig } from '../src-shared/config/kiosk-config';
import { APP_ORIGIN, APP_SCHEME } from './app-origin';
import { createAppProtocolHandler, registerPrivilegedScheme } from './app-protocol';
import { loadKioskConfig } from './config-loader';
import { createCrashRecovery } from './crash-recovery';
import { registerIpcHandlers } from './ipc';
import { createLiveConfig } from './live-config';
import { createFileLogger, errorText, type FileLogger, type Log } from './logger';
import { lockNavigation } from './navigation-guard';
import { installPermissionHandlers } from './permissions';
import { startPowerManagement } from './power';
import { createReceiptPrinter } from './printing';
import { createServerUrlSetter } from './server-address';
import { ensureSingleInstance, focusWindow } from './single-instance';
import { buildWindowOptions, hardenWebContents } from './window-options';

let logger: FileLogger | undefined;
const log: Log = (level, message, context) => {
  if (logger) logger.log(level, message, context);
  else console.error(`[${level}] ${message}`, context ?? '');
};

let mainWindow: BrowserWindow | null = null;
let quitting = false;

// Before ready: the privileged scheme, the sandbox for every renderer, and the lock on every web contents.
registerPrivilegedScheme(protocol);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => lockNavigation(contents, { appOrigin: APP_ORIGIN, log }));
app.on('child-process-gone', (_event, details) =>
  log('warn', 'child process gone', { type: details.type, reason: details.reason, exitCode: details.exitCode, name: details.name }),
);
app.on('before-quit', () => {
  quitting = true;
});
app.on('window-all-closed', () => app.quit());
process.on('uncaughtException', (error) => log('error', 'uncaught exception in main', { error: errorText(error) }));
process.on('unhandledRejection', (error) => log('error', 'unhandled rejection in main', { error: errorText(error) }));

if (ensureSingleInstance(app, () => focusWindow(mainWindow))) {
  app.whenReady().then(start, (error: unknown) => log('error', 'app failed to start', { error: errorText(error) }));
}

function start(): void {
  Menu.setApplicationMenu(null);
  const userData = app.getPath('userData');
  logger = createFileLogger({ dir: path.join(userData, 'logs') });
  const { config, source } = loadKioskConfig({ env: process.env, userDataDir: userData, log });
  log('info', 'kiosk starting', { version: app.getVersion(), mode: config.displayMode, config: source.status });

  // Enrollment may point the kiosk at another intake server: every later response's CSP follows it.
  const live = createLiveConfig(config);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: path.join(__dirname, 'renderer'), csp: live.csp }));
  const setServerUrl = createServerUrlSetter({ stateDir: userData, apply: live.setServerUrl, log });

  installPermissionHandlers(session.defaultSession, APP_ORIGIN, log);
  session.defaultSession.on('will-download', (event) => {
    event.preventDefault();
    log('warn', 'blocked download');
  });

  const print = createReceiptPrinter({
    createWindow: (options) => new BrowserWindow(options),
    printerConfig: config.printer,
    log,
  });
  registerIpcHandlers({
    ipcMain,
    appOrigin: APP_ORIGIN,
    log,
    handlers: {
      getInfo: () => ({
        appName: app.getName(),
        appVersion: app.getVersion(),
        host: 'electron',
        platform: process.platform,
        kioskName: config.kioskName,
        wardName: config.wardName,
        wardCode: config.wardCode,
        displayMode: config.displayMode,
        defaultLanguage: config.defaultLanguage,
      }),
      getConfig: () => toRendererConfig(live.get()),
      printReceipt: (job) => print(job),
      setServerUrl: (origin) => setServerUrl(origin),
      log: (entry) => log(entry.level, `renderer: ${entry.message}`, entry.context),
    },
  });

  mainWindow = createMainWindow(config);
  startPowerManagement({ powerSaveBlocker, powerMonitor, target: () => mainWindow?.webContents, log });
}

function createMainWindow(config: KioskConfig): BrowserWindow {
  const kioskMode = config.displayMode === 'kiosk';
  const win = new BrowserWindow(
    buildWindowOptions({ displayMode: config.displayMode, preloadPath: path.join(__dirname, 'preload.cjs') }),
  );
  const contents = win.webContents;
  lockNavigation(contents, { appOrigin: APP_ORIGIN, log });
  hardenWebContents(contents, { kioskMode, log });

  const load = (url: string) =>
    win.isDestroyed() ? undefined : win.loadURL(url).catch((error: unknown) => log('error', 'page load failed', { error: errorText(error) }));
  const home = `${APP_ORIGIN}/`;
  const recovery = createCrashRecovery({
    budget: 3,
    windowMs: 10 * 60_000,
    unresponsiveGraceMs: 15_000,
    now: Date.now,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    reload: () => void load(home),
    showErrorPage: (reason) =>
      void load(`${APP_ORIGIN}/error.html?${new URLSearchParams({ lang: config.defaultLanguage, reason })}`),
    killHungRenderer: () => contents.forcefullyCrashRenderer(),
    log,
  });
  contents.on('render-process-gone', (_event, details) => recovery.onRenderProcessGone(details));
  win.on('unresponsive', () => recovery.onUnresponsive());
  win.on('responsive', () => recovery.onResponsive());

  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    if (kioskMode && !quitting) {
      event.preventDefault();
      log('warn', 'window close blocked in kiosk mode');
    }
  });
  // The OS is shutting down or logging off: let the window close.
  win.on('session-end', () => {
    quitting = true;
  });
  powerMonitor.on('shutdown', () => {
    quitting = true;
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  void load(home);
  return win;
}
