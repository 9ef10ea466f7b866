#!/usr/bin/env node
// `npm run screenshots`: the E2E specs with SCREENSHOTS=1, which writes the README's pictures to
// docs/screenshots/ (tests/e2e/shots.ts). Extra arguments go to Playwright, e.g. a spec file to run only it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SCREENSHOTS: '1' },
});
process.exitCode = result.status ?? 1;
