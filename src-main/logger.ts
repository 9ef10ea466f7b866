import * as nodeFs from 'node:fs';
import path from 'node:path';

/**
 * Rotating JSON-lines log in `<userData>/logs/kiosk.log`. Synchronous appends (a crash loses nothing that
 * was logged), files created 0600, and a log call never throws: a full disk is swallowed and counted.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogContext = Readonly<Record<string, string | number | boolean | null | undefined>>;
export type Log = (level: LogLevel, message: string, context?: LogContext) => void;

export type LoggerFs = Pick<typeof nodeFs, 'appendFileSync' | 'statSync' | 'renameSync' | 'rmSync' | 'mkdirSync'>;

export interface FileLoggerOptions {
  /** Folder for the log files (`<userData>/logs`). */
  dir: string;
  fs?: LoggerFs;
  maxBytes?: number;
  /** Rotated files kept next to the live one: kiosk.log.1 … kiosk.log.N. */
  maxFiles?: number;
  now?: () => Date;
  /** Also hand each line to this function (e.g. stderr in windowed mode). */
  echo?: (line: string) => void;
}

export interface FileLogger {
  log: Log;
  readonly file: string;
  /** Lines that could not be written. */
  readonly dropped: number;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const KEY = /^[A-Za-z0-9_.-]{1,40}$/;

export function cleanText(text: unknown, max: number): string {
  const s = String(text).replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(CONTROL, '');
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function cleanContext(context: LogContext | undefined): Record<string, string | number | boolean | null> | undefined {
  if (!context || typeof context !== 'object') return undefined;
  const out: Record<string, string | number | boolean | null> = {};
  let n = 0;
  for (const [key, value] of Object.entries(context)) {
    if (n >= 20) break;
    if (!KEY.test(key) || value === undefined) continue;
    if (typeof value === 'number') out[key] = Number.isFinite(value) ? value : String(value);
    else if (typeof value === 'boolean' || value === null) out[key] = value;
    else out[key] = cleanText(value, 300);
    n++;
  }
  return n > 0 ? out : undefined;
}

/** Text of an unknown thrown value for a log context (message only, bounded). */
export function errorText(error: unknown): string {
  return cleanText(error instanceof Error ? `${error.name}: ${error.message}` : String(error), 300);
}

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const fs = options.fs ?? nodeFs;
  const maxBytes = Math.max(1024, options.maxBytes ?? 1024 * 1024);
  const maxFiles = Math.max(1, Math.min(20, options.maxFiles ?? 5));
  const now = options.now ?? (() => new Date());
  const file = path.join(options.dir, 'kiosk.log');
  let size: number | null = null;
  let dropped = 0;
  let dirReady = false;

  const currentSize = (): number => {
    if (size !== null) return size;
    try {
      size = fs.statSync(file).size;
    } catch {
      size = 0;
    }
    return size;
  };

  const rotate = () => {
    fs.rmSync(`${file}.${maxFiles}`, { force: true });
    for (let i = maxFiles - 1; i >= 1; i--) {
      try {
        fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
      } catch {
        // that generation does not exist yet
      }
    }
    fs.renameSync(file, `${file}.1`);
    size = 0;
  };

  const log: Log = (level, message, context) => {
    let line: string;
    try {
      const entry = {
        time: now().toISOString(),
        level: LEVELS.includes(level) ? level : 'info',
        message: cleanText(message, 500),
        context: cleanContext(context),
      };
      line = `${JSON.stringify(entry)}\n`;
      const bytes = Buffer.byteLength(line);
      if (!dirReady) {
        fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
        dirReady = true;
      }
      if (currentSize() > 0 && currentSize() + bytes > maxBytes) rotate();
      fs.appendFileSync(file, line, { encoding: 'utf8', mode: 0o600 });
      size = currentSize() + bytes;
    } catch {
      dropped++;
      size = null;
      return;
    }
    try {
      options.echo?.(line);
    } catch {
      // echo is best effort
    }
  };

  return {
    log,
    file,
    get dropped() {
      return dropped;
    },
  };
}
