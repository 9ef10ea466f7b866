// `npm start`'s prestart: makes sure the Electron binary is there before `electron dist/app` runs.
// The electron npm package only ships a downloader; the binary comes from GitHub, which our build
// machines cannot reach. So: if the binary is missing, try Electron's own installer once
// (node_modules/electron/install.js, i.e. `install-electron`); if that fails, say what to do instead
// and exit 1. (Do not `require('electron')` to check: in Electron 45 that itself tries to download.)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Same rules as node_modules/electron/install.js `getPlatformPath()`. */
function platformPath(platform = process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Where the Electron binary should be and whether it is usable, without triggering a download.
 * @returns {{ electronDir: string, version: string, binary: string, installed: boolean }}
 */
export function electronBinaryStatus() {
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const read = (file) => {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      return null;
    }
  };
  const relative = read(path.join(electronDir, 'path.txt')) ?? platformPath();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, relative);
    return { electronDir, version, binary, installed: existsSync(binary) };
  }
  const binary = path.join(electronDir, 'dist', relative);
  const distVersion = read(path.join(electronDir, 'dist', 'version'))?.replace(/^v/, '');
  const installed = existsSync(binary) && read(path.join(electronDir, 'path.txt')) !== null && distVersion === version;
  return { electronDir, version, binary, installed };
}

function helpText(version, binary) {
  return `
Electron ${version} is not installed (${path.relative(process.cwd(), binary) || binary} is missing)
and downloading it did not work. This machine probably reaches only the npm registry, not GitHub.

What you can do:
  • npm run start:web
      builds the renderer and serves it to a browser — no Electron needed (the kiosk UI with a
      browser host in place of the preload bridge).
  • ELECTRON_MIRROR=<mirror URL ending in "/"> npm start
      downloads from a mirror of https://github.com/electron/electron/releases/download/
      (e.g. a company mirror or https://npmmirror.com/mirrors/electron/).
  • Copy an unpacked Electron ${version} for this platform into node_modules/electron/dist/
      (with its "version" file), then write "${platformPath()}" into node_modules/electron/path.txt.
  • ELECTRON_OVERRIDE_DIST_PATH=<folder holding the ${platformPath()} executable> npm start
`;
}

export function ensureElectron() {
  let status = electronBinaryStatus();
  if (status.installed) return 0;

  console.log(`Electron ${status.version} binary not found: running Electron's installer (install-electron)…`);
  const result = spawnSync(process.execPath, [path.join(status.electronDir, 'install.js')], {
    stdio: 'inherit',
    timeout: Number(process.env.ENSURE_ELECTRON_TIMEOUT_MS) || 5 * 60_000,
  });
  status = electronBinaryStatus();
  if (result.status === 0 && status.installed) {
    console.log(`Electron ${status.version} installed: ${status.binary}`);
    return 0;
  }
  if (result.error) console.error(`install-electron: ${result.error.message}`);
  console.error(helpText(status.version, status.binary));
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(ensureElectron());
}
