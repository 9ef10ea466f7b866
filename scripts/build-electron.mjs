// Bundles the Electron main process and the preload into dist/app, next to the renderer that Vite
// builds into dist/app/renderer, and writes the app's own package.json (no dependencies: everything is
// bundled), so electron-builder packs only built output.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'app');
await mkdir(out, { recursive: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  outdir: out,
  outExtension: { '.js': '.cjs' },
  legalComments: 'none',
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

// The sandboxed preload may only require('electron'): everything else must be bundled in.
await build({ ...common, entryPoints: { main: 'src-main/main.ts' } });
await build({ ...common, entryPoints: { preload: 'src-main/preload.ts' } });

const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const appPkg = {
  name: pkg.name,
  productName: pkg.productName,
  version: pkg.version,
  description: pkg.description,
  author: pkg.author,
  homepage: pkg.homepage,
  license: pkg.license,
  main: 'main.cjs',
};
await writeFile(path.join(out, 'package.json'), JSON.stringify(appPkg, null, 2) + '\n');
console.log(`built main and preload into ${path.relative(root, out)}`);
