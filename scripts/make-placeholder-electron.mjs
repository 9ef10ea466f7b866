// Creates a stand-in for an unpacked Electron distribution (linux x64) so electron-builder can run
// `--dir` with `electronDist` pointing at it, offline. The `electron` "executable" is not a program:
// it is filler bytes around Electron's fuse wire, laid out exactly like the real binary
// (see electron/build/fuses/build.py and @electron/fuses): SENTINEL, version byte, wire length byte,
// then one ASCII byte per fuse ('0' off, '1' on, 'r' removed). electron-builder's fuse flipping
// (@electron/fuses) edits those bytes in place and tests read them back with getCurrentFuseWire.
//
// Usage: `node scripts/make-placeholder-electron.mjs [dir]` prints the folder it made,
// or `import { makePlaceholderElectron } from './make-placeholder-electron.mjs'`.
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fuse sentinel from @electron/fuses (`dist/constants.js`) and electron's build/fuses/build.py. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_WIRE_VERSION = 1;

/**
 * Electron's default fuse wire (build/fuses/fuses.json5), in FuseV1Options order:
 * RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
 * EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges, WasmTrapHandlers.
 */
export const DEFAULT_FUSE_WIRE = '101100011';

/** The files and folders of electron-vX-linux-x64.zip that electron-builder touches or copies. */
const PLAIN_FILES = [
  'LICENSES.chromium.html',
  'chrome_100_percent.pak',
  'chrome_200_percent.pak',
  'icudtl.dat',
  'libEGL.so',
  'libGLESv2.so',
  'libffmpeg.so',
  'libvk_swiftshader.so',
  'libvulkan.so.1',
  'resources.pak',
  'snapshot_blob.bin',
  'v8_context_snapshot.bin',
  'vk_swiftshader_icd.json',
  'locales/en-US.pak',
  'locales/fr.pak', // dropped by electronLanguages [vi, en-US]
  'locales/vi.pak',
];
const EXECUTABLES = ['chrome-sandbox', 'chrome_crashpad_handler'];

/** The bytes of the placeholder `electron` file: filler, fuse wire, filler. */
export function placeholderElectronBinary(wire = DEFAULT_FUSE_WIRE) {
  if (!/^[01r]+$/.test(wire) || wire.length > 255) throw new Error(`bad fuse wire: ${wire}`);
  return Buffer.concat([
    // A shell header so running it by mistake says what it is instead of failing obscurely.
    Buffer.from('#!/bin/sh\necho "placeholder Electron (test fixture): not runnable" >&2\nexit 1\n'),
    Buffer.alloc(4096, 0),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([FUSE_WIRE_VERSION, wire.length]),
    Buffer.from(wire, 'latin1'),
    Buffer.alloc(4096, 0),
  ]);
}

/**
 * Writes the placeholder distribution into `dir` (created if missing; a fresh temp folder when
 * omitted) and returns its absolute path.
 * @param {{ dir?: string, version?: string, wire?: string }} [options]
 */
export async function makePlaceholderElectron(options = {}) {
  const version = options.version ?? '45.4.1';
  const dir = path.resolve(options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'electron-placeholder-'))));
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  await mkdir(path.join(dir, 'resources'), { recursive: true });

  const electron = path.join(dir, 'electron');
  await writeFile(electron, placeholderElectronBinary(options.wire));
  await chmod(electron, 0o755);
  for (const name of EXECUTABLES) {
    await writeFile(path.join(dir, name), `placeholder ${name}\n`);
    await chmod(path.join(dir, name), 0o755);
  }
  for (const name of PLAIN_FILES) await writeFile(path.join(dir, name), `placeholder ${name}\n`);
  await writeFile(path.join(dir, 'LICENSE'), 'Placeholder for the Electron MIT licence (test fixture).\n');
  await writeFile(path.join(dir, 'version'), version);
  // No resources/default_app.asar: with a custom electronDist electron-builder does not delete it,
  // and a packaged kiosk must never fall back to Electron's default app.
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = await makePlaceholderElectron({ dir: process.argv[2] });
  console.log(dir);
}
