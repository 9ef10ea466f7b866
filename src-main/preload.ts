// Sandboxed preload: may only require('electron'); everything else is bundled by scripts/build-electron.mjs.
import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { createPreloadBridge } from './preload-bridge';

// No `new Function` probe: under the page's CSP it would be reported as a violation.
z.config({ jitless: true });
contextBridge.exposeInMainWorld('kiosk', createPreloadBridge(ipcRenderer));
