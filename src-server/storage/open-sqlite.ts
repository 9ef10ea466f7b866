/**
 * Opens the SQLite database through Node's built-in `node:sqlite` (no native add-on to build), in WAL
 * mode so the CLI can work on the same file while the server runs. Node 22 marks the module experimental
 * and warns once on load: that one warning is filtered out, every other warning still shows.
 */
import { createRequire } from 'node:module';
import type * as Sqlite from 'node:sqlite';
import { MIGRATIONS } from './migrations';

export type Database = Sqlite.DatabaseSync;

let loaded: typeof Sqlite | undefined;

function loadSqlite(): typeof Sqlite {
  if (loaded) return loaded;
  const original = process.emitWarning;
  process.emitWarning = function (warning: string | Error, ...rest: unknown[]) {
    const text = typeof warning === 'string' ? warning : warning.message;
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if ((type === 'ExperimentalWarning' || (warning as Error).name === 'ExperimentalWarning') && /SQLite/i.test(text)) return;
    return (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    loaded = createRequire(import.meta.url)('node:sqlite') as typeof Sqlite;
  } finally {
    process.emitWarning = original;
  }
  return loaded;
}

/**
 * `light`: a second connection for bookkeeping that need not survive a power cut on its own (token ids,
 * tus upload rows): its commits are not fsynced (synchronous NORMAL in WAL mode); the next FULL commit of
 * the main connection flushes them with it. Everything that acknowledges a resident's application goes
 * through the main connection, synchronous FULL: acknowledged means on disk.
 */
export function openDatabase(file: string, light = false): Database {
  const { DatabaseSync } = loadSqlite();
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec(`PRAGMA synchronous = ${light ? 'NORMAL' : 'FULL'}`);
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  if (!light) migrate(db);
  return db;
}

function migrate(db: Database): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  for (let version = row.user_version; version < MIGRATIONS.length; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(MIGRATIONS[version]!);
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}

/** Runs `fn` in an IMMEDIATE transaction (takes the write lock at once: no upgrade deadlocks). */
export function transaction<T>(db: Database, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
