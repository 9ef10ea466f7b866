import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function bundle(entry: string) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const requires = (code: string) => [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();

describe('electron bundles', () => {
  it('the sandboxed preload requires nothing but electron', async () => {
    expect(requires(await bundle('src-main/preload.ts'))).toEqual(['electron']);
  }, 60_000);

  it('the main process bundles and never loads file:// URLs', async () => {
    const code = await bundle('src-main/main.ts');
    expect(code).not.toContain('file://');
    expect(code).not.toMatch(/loadFile\(/);
    expect(requires(code).filter((m) => !m.startsWith('node:'))).toEqual(['electron']);
  }, 60_000);

  it('no src-main source mentions file:// or shell.openExternal', () => {
    const dir = path.join(root, 'src-main');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      expect(text, name).not.toMatch(/openExternal|loadFile\(/);
      expect(text, name).not.toContain('file://');
    }
  });
});
