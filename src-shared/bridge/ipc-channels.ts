import { z } from 'zod';
import { LogEntrySchema } from './log-entry';
import { ReceiptPrintJobSchema } from '../print/receipt';
import { ServerAddressSchema } from '../config/server-address';

/** The fixed set of IPC channels. Nothing else crosses between page and main. */
export const IPC = {
  getInfo: 'kiosk:get-info',
  getConfig: 'kiosk:get-config',
  printReceipt: 'kiosk:print-receipt',
  setServerUrl: 'kiosk:set-server-url',
  log: 'kiosk:log',
  shellEvent: 'kiosk:shell-event',
} as const;

/** Argument tuples the main process accepts on each invoke/send channel (validated with zod). */
export const IpcArgs = {
  [IPC.getInfo]: z.tuple([]),
  [IPC.getConfig]: z.tuple([]),
  [IPC.printReceipt]: z.tuple([ReceiptPrintJobSchema]),
  [IPC.setServerUrl]: z.tuple([ServerAddressSchema]),
  [IPC.log]: z.tuple([LogEntrySchema]),
} as const;

export type InvokeChannel = typeof IPC.getInfo | typeof IPC.getConfig | typeof IPC.printReceipt | typeof IPC.setServerUrl;
export type SendChannel = typeof IPC.log;
