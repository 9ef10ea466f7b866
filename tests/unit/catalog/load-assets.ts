import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogFile } from '../../../src-shared/catalog';

export const CATALOG_DIR = path.resolve(import.meta.dirname, '../../../assets/catalog');

export function readJson(name: string): unknown {
  return JSON.parse(readFileSync(path.join(CATALOG_DIR, name), 'utf8')) as unknown;
}

export function indexFile(): CatalogFile {
  return { name: 'catalog.json', json: readJson('catalog.json') };
}

export function procedureFiles(): CatalogFile[] {
  const index = readJson('catalog.json') as { procedures: string[] };
  return index.procedures.map((name) => ({ name, json: readJson(name) }));
}

/** A deep copy of a procedure file, to break on purpose. */
export function copyOf(name: string): Record<string, unknown> {
  return structuredClone(readJson(name)) as Record<string, unknown>;
}
