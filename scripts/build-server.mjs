// Bundles the intake server (src-server/main.ts) into dist/server/main.mjs: Node 22, ESM, every npm
// package left external (node_modules stays where it is). The catalog is found at run time relative to
// the bundle (dist/server → ../../assets/catalog) unless --catalog / INTAKE_CATALOG_DIR says otherwise.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  absWorkingDir: root,
  entryPoints: ['src-server/main.ts'],
  outfile: 'dist/server/main.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('built the intake server into dist/server/main.mjs');
