// `npm run serve:web` / `npm run start:web`: bundle the web host (TypeScript) with esbuild and start it
// on 127.0.0.1. Configuration: KIOSK_CONFIG=path/to/kiosk-config.json (its serverUrl is the intake server
// the page may connect to), KIOSK_STATE_DIR=folder to keep the server address entered at enrollment
// (server-address.json, as the Electron shell keeps it in its user-data folder), PORT (default 5174).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(repo, 'dist', 'web-host', 'server.mjs');
await build({
  absWorkingDir: repo,
  entryPoints: ['scripts/web-host/server.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { startWebHost, defaultRoot } = await import(pathToFileURL(outfile).href);
const root = defaultRoot(repo);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error('web-host: dist/app/renderer is not built; run `npm run start:web` (it builds first).');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
const port = Number(process.env.PORT ?? 5174);
const server = await startWebHost({
  root,
  port,
  configFile: process.env.KIOSK_CONFIG,
  stateDir: process.env.KIOSK_STATE_DIR || undefined,
  appVersion: pkg.version,
});
console.log(`Một Cửa Kiosk (browser host) at http://127.0.0.1:${server.address().port}/`);
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
