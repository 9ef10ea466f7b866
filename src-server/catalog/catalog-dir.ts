import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's assets/catalog. This file sits two folders below the repository root, and so does the
 * bundle (dist/server/main.mjs), so the same relative path works from source and from the build.
 */
export function defaultCatalogDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/catalog');
}
