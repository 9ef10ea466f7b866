import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBoundaries, isNodeBuiltin } from '../../scripts/check-boundaries.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

const tempRoots: string[] = [];

/** Writes a fixture tree ({ 'src-renderer/a.ts': '...' }) into a fresh temp dir and returns its path. */
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'boundaries-'));
  tempRoots.push(root);
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

afterEach(() => {
  for (const root of tempRoots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('check-boundaries on the real tree', () => {
  it('finds no violations and no cycles', () => {
    const report = checkBoundaries(repoRoot);
    expect(report.violations).toEqual([]);
    expect(report.cycles).toEqual([]);
    expect(report.files['src-shared']).toBeGreaterThan(0);
  });
});

describe('check-boundaries rules', () => {
  it('reports Node builtins, electron and src-main imports in the renderer', () => {
    const root = fixture({
      'src-renderer/bad.ts': [
        "import { readFileSync } from 'node:fs';",
        "import fs from 'fs';",
        "import { readFile } from 'fs/promises';",
        "import { ipcRenderer } from 'electron';",
        "const cp = require('child_process');",
        "export { x } from '../src-main/x';",
        'export const all = [readFileSync, fs, readFile, ipcRenderer, cp];',
      ].join('\n'),
      'src-renderer/lazy.tsx': "export const load = () => import('electron/renderer');\n",
      'src-main/x.ts': 'export const x = 1;\n',
    });
    const { violations, cycles } = checkBoundaries(root);
    const found = violations.map((v) => [v.file, v.specifier]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['src-renderer/bad.ts', 'node:fs'],
        ['src-renderer/bad.ts', 'fs'],
        ['src-renderer/bad.ts', 'fs/promises'],
        ['src-renderer/bad.ts', 'electron'],
        ['src-renderer/bad.ts', 'child_process'],
        ['src-renderer/bad.ts', '../src-main/x'],
        ['src-renderer/lazy.tsx', 'electron/renderer'],
      ]),
    );
    expect(violations).toHaveLength(7);
    expect(violations.find((v) => v.specifier === '../src-main/x')?.rule).toMatch(/src-main/);
    expect(violations.find((v) => v.specifier === 'child_process')?.line).toBe(5);
    expect(cycles).toEqual([]);
  });

  it('reports Node builtins, non-allowlisted packages and other folders in src-shared', () => {
    const root = fixture({
      'src-shared/bad.ts': [
        "import { randomUUID } from 'node:crypto';",
        "import type { ReactNode } from 'react';",
        "import { y } from '../src-renderer/y';",
        "import { z } from 'zod';",
        "import { ok } from './ok';",
        'export type T = ReactNode;',
        'export const all = [randomUUID, y, z, ok];',
      ].join('\n'),
      'src-shared/ok.ts': 'export const ok = 1;\n',
      'src-renderer/y.ts': 'export const y = 1;\n',
    });
    const { violations } = checkBoundaries(root);
    expect(violations.map((v) => v.specifier).sort()).toEqual(['../src-renderer/y', 'node:crypto', 'react']);
    expect(violations.every((v) => v.file === 'src-shared/bad.ts')).toBe(true);
  });

  it('reports the cross-folder rules of main and server', () => {
    const root = fixture({
      'src-main/a.ts': "import React from 'react';\nimport { s } from '../src-server/s';\nexport const a = [React, s];\n",
      'src-server/s.ts': "import { app } from 'electron';\nimport { a } from '../src-main/a';\nexport const s = [app, a];\n",
    });
    const rules = checkBoundaries(root).violations.map((v) => `${v.file} ${v.specifier}`).sort();
    expect(rules).toEqual([
      'src-main/a.ts ../src-server/s',
      'src-main/a.ts react',
      'src-server/s.ts ../src-main/a',
      'src-server/s.ts electron',
    ]);
  });

  it('accepts a legal tree', () => {
    const root = fixture({
      'src-shared/schema.ts': "import { z } from 'zod';\nexport const S = z.string();\n",
      'src-shared/index.ts': "export * from './schema';\nexport type { Extra } from './types/extra';\n",
      'src-shared/types/extra.ts': 'export type Extra = { n: number };\n',
      'src-renderer/App.tsx':
        "import { useState } from 'react';\nimport { S } from '../src-shared';\nimport type { Extra } from '../src-shared/types/extra';\n" +
        'export function App(p: Extra) { const [v] = useState(S.parse(String(p.n))); return v; }\n',
      'src-main/main.ts':
        "import { app } from 'electron';\nimport { readFile } from 'node:fs/promises';\nimport { S } from '../src-shared/schema';\nexport const m = [app, readFile, S];\n",
      'src-server/server.ts':
        "import http from 'node:http';\nimport { S } from '../src-shared/index';\nexport const s = [http, S];\n",
    });
    expect(checkBoundaries(root)).toMatchObject({ violations: [], cycles: [] });
  });

  it('reports a three-file cycle, type-only imports included', () => {
    const root = fixture({
      'src-shared/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src-shared/b.ts': "import type { C } from './c/index';\nexport const b = (c: C) => c;\n",
      'src-shared/c/index.ts': "import { a } from '../a';\nexport type C = ReturnType<typeof a>;\n",
      'src-shared/leaf.ts': "import { a } from './a';\nexport const leaf = a;\n",
    });
    const { violations, cycles } = checkBoundaries(root);
    expect(violations).toEqual([]);
    expect(cycles).toEqual([['src-shared/a.ts', 'src-shared/b.ts', 'src-shared/c/index.ts']]);
  });

  it('knows Node builtins with and without the node: prefix', () => {
    for (const name of ['fs', 'fs/promises', 'node:test', 'node:sqlite', 'path/posix', 'child_process']) {
      expect(isNodeBuiltin(name), name).toBe(true);
    }
    for (const name of ['zod', 'react', 'fsevents', '@types/node']) {
      expect(isNodeBuiltin(name), name).toBe(false);
    }
  });
});
