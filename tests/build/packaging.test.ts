// Packaging test: runs electron-builder `--dir` (linux x64) with electron-builder.yml against the
// real built app (dist/app) and a placeholder Electron distribution, fully offline, then checks
// what would ship: the app.asar holds only built output, the packaged package.json, and that every
// Electron fuse is flipped as configured.
//
// dist/app: used as is when complete; otherwise `npm run build` is run once. It is copied to a
// temp folder first so a concurrent rebuild cannot change it under electron-builder's feet.
// PACKAGING_TEST_APP_DIR=<folder> packs another prebuilt app tree instead (for debugging).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlaceholderElectron } from '../../scripts/make-placeholder-electron.mjs';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const ELECTRON_VERSION = '45.4.1';
const EXECUTABLE = 'mot-cua-kiosk'; // electron-builder.yml: executableName
const REQUIRED_APP_FILES = ['package.json', 'main.cjs', 'preload.cjs', 'renderer/index.html'];

/** The value each fuse must have in the packaged binary (electron-builder.yml: electronFuses). */
const EXPECTED_FUSES: Partial<Record<FuseV1Options, boolean>> = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};
/** Fuses electron-builder 26's `electronFuses` cannot set: they keep Electron's default. */
const NOT_SETTABLE_BY_ELECTRON_BUILDER: Partial<Record<FuseV1Options, boolean>> = {
  [FuseV1Options.WasmTrapHandlers]: true,
};

let tmp = '';
let appOutDir = '';
let asarPath = '';
let appSnapshot = '';

const missingAppFiles = (dir: string) => REQUIRED_APP_FILES.filter((f) => !existsSync(path.join(dir, f)));

async function ensureBuiltApp(): Promise<string> {
  const override = process.env.PACKAGING_TEST_APP_DIR;
  if (override) return path.resolve(override);
  const dir = path.join(root, 'dist', 'app');
  if (missingAppFiles(dir).length === 0) return dir;
  console.log(`dist/app is incomplete (missing ${missingAppFiles(dir).join(', ')}): running npm run build`);
  try {
    await run('npm', ['run', 'build'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `The packaging test needs the built app in dist/app, and \`npm run build\` failed:\n` +
        `${e.message}\n${(e.stdout ?? '').slice(-3000)}\n${(e.stderr ?? '').slice(-3000)}`,
      { cause: error },
    );
  }
  const still = missingAppFiles(dir);
  if (still.length > 0) throw new Error(`\`npm run build\` did not produce dist/app/${still.join(', dist/app/')}`);
  return dir;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

beforeAll(async () => {
  const builtApp = await ensureBuiltApp();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'kiosk-packaging-'));
  appSnapshot = path.join(tmp, 'app');
  await cp(builtApp, appSnapshot, { recursive: true });
  const electronDist = await makePlaceholderElectron({ dir: path.join(tmp, 'electron'), version: ELECTRON_VERSION });
  const outDir = path.join(tmp, 'out');

  const args = [
    path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
    '--config', 'electron-builder.yml',
    '--linux', 'dir', '--x64',
    '--publish', 'never', // never publish, even when CI env vars are set
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${ELECTRON_VERSION}`,
    `-c.directories.app=${appSnapshot}`,
    `-c.directories.output=${outDir}`,
  ];
  // Any attempt to reach the network goes to a closed local port and fails fast instead of hanging.
  const offline = { HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9', NO_PROXY: '', no_proxy: '' };
  // builder-util silences its log when VITEST is set; we want electron-builder's log in the output.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: root,
      env: { ...env, ...offline, ELECTRON_CACHE: path.join(tmp, 'electron-cache'), ELECTRON_BUILDER_CACHE: path.join(tmp, 'builder-cache') },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
    });
    console.log(`electron-builder output:\n${stdout}${stderr}`);
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`electron-builder --dir failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, { cause: error });
  }
  appOutDir = path.join(outDir, 'linux-unpacked');
  asarPath = path.join(appOutDir, 'resources', 'app.asar');
}, 300_000); // packaging ≈ 30–70 s; a first `npm run build` may come on top

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('electron-builder.yml', () => {
  it('packs the built app from dist/app into an asar', async () => {
    const yml = await readFile(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^\s+app:\s*dist\/app\s*$/m);
    expect(yml).toMatch(/^asar:\s*true\s*$/m);
    expect(yml).toMatch(/^npmRebuild:\s*false\s*$/m);
  });
});

describe('packaged app (linux x64, --dir)', () => {
  it('app.asar holds exactly package.json, main.cjs, preload.cjs and renderer/**', async () => {
    expect(existsSync(asarPath), `missing ${asarPath}`).toBe(true);
    const entries = listPackage(asarPath, { isPack: false }).map((p) => p.replaceAll('\\', '/').replace(/^\//, ''));
    console.log(`app.asar contents (${entries.length} entries):\n  ${entries.join('\n  ')}`);
    const files = entries.filter((p) => !('files' in statFile(asarPath, p))).sort();

    for (const f of REQUIRED_APP_FILES) expect(files).toContain(f);
    const outsideAllowed = files.filter((f) => !['package.json', 'main.cjs', 'preload.cjs'].includes(f) && !f.startsWith('renderer/'));
    expect(outsideAllowed, 'files outside package.json/main.cjs/preload.cjs/renderer/**').toEqual([]);
    const forbidden = entries.filter(
      (p) => /\.(ts|tsx|map)$/.test(p) || /(^|\/)node_modules(\/|$)/.test(p) || /(^|\/)(src-[^/]*|tests?)(\/|$)/.test(p),
    );
    expect(forbidden, 'sources, source maps, tests or node_modules in app.asar').toEqual([]);

    // Nothing of the built app is lost either (maps excluded by design).
    const built = (await listFiles(appSnapshot)).filter((f) => !f.endsWith('.map'));
    expect(files).toEqual(built);
  });

  it('packaged package.json starts main.cjs and declares no dependencies', () => {
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<string, unknown>;
    console.log(`packaged package.json: ${JSON.stringify(pkg)}`);
    expect(pkg.main).toBe('main.cjs');
    expect(pkg.name).toBe('mot-cua-kiosk');
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'scripts']) {
      expect(pkg[key], key).toBeUndefined();
    }
  });

  it('ships no way to load code from outside app.asar', async () => {
    const resources = await readdir(path.join(appOutDir, 'resources'));
    expect(resources).not.toContain('app');
    expect(resources).not.toContain('default_app.asar');
    expect(resources).not.toContain('app.asar.unpacked');
  });

  it('keeps only the Vietnamese and English Chromium locales', async () => {
    expect((await readdir(path.join(appOutDir, 'locales'))).sort()).toEqual(['en-US.pak', 'vi.pak']);
  });

  it('flips every Electron fuse as configured', async () => {
    const executable = path.join(appOutDir, EXECUTABLE);
    expect(existsSync(executable), `missing ${executable}`).toBe(true);
    const wire = (await getCurrentFuseWire(executable)) as unknown as Record<string, number | string>;
    const show = (v: number | string | undefined) => (typeof v === 'number' ? String.fromCharCode(v) : String(v));
    console.log(
      'fuses in packaged executable:\n  ' +
        Object.keys(wire)
          .filter((k) => k !== 'version')
          .map((k) => `${FuseV1Options[Number(k)] ?? `fuse #${k}`} = ${show(wire[k])}`)
          .join('\n  '),
    );
    const want = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE);
    for (const [index, on] of Object.entries(EXPECTED_FUSES)) {
      expect(wire[index], FuseV1Options[Number(index)]).toBe(want(on));
    }
    for (const [index, on] of Object.entries(NOT_SETTABLE_BY_ELECTRON_BUILDER)) {
      if (wire[index] !== undefined) expect(wire[index], `${FuseV1Options[Number(index)]} (Electron default)`).toBe(want(on));
    }
  });
});
