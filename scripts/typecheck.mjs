#!/usr/bin/env node
// `npm run typecheck`: `tsc -p` for every tsconfig of the project, one after another, with TypeScript 7 (the
// native compiler, `typescript-native` in package.json), several times faster than TypeScript 6 on 2-core
// machines. TypeScript 6 stays installed as `typescript` because scripts/check-boundaries.mjs uses its API.
// `npm test` (scripts/test-all.mjs) runs the same list, two at a time.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each tsconfig with the name its check has in the test summary. */
export const TSC_PROJECTS = [
  { id: 'tsc src-shared', project: 'src-shared/tsconfig.json' },
  { id: 'tsc src-main', project: 'src-main/tsconfig.json' },
  { id: 'tsc src-renderer', project: 'src-renderer/tsconfig.json' },
  { id: 'tsc src-server', project: 'src-server/tsconfig.json' },
  { id: 'tsc tests', project: 'tests/tsconfig.json' },
  { id: 'tsc tools', project: 'tsconfig.tools.json' },
  { id: 'tsc bench', project: 'bench/tsconfig.json' },
];

export const TSC_BIN = path.join(root, 'node_modules', 'typescript-native', 'bin', 'tsc');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let failed = 0;
  for (const { id, project } of TSC_PROJECTS) {
    const result = spawnSync(process.execPath, [TSC_BIN, '-p', project], { cwd: root, stdio: 'inherit' });
    console.log(`${id}: ${result.status === 0 ? 'ok' : 'FAILED'}`);
    if (result.status !== 0) failed += 1;
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
