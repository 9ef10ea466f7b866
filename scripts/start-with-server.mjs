// `npm start` / `npm run start:web`: a first look at the whole loop on one machine. Starts the embedded
// reference intake server (src-server, data in .data/intake, 127.0.0.1:8480), makes a one-time enrollment
// code for "Máy thử" in phường Tây Hồ, writes .data/kiosk-config.json with the server's address and that
// code, then starts the kiosk with it — in Electron (`electron`, the default) or the browser host (`web`,
// http://127.0.0.1:5174/). The kiosk enrolls itself at its first start (the code is ignored once it is
// enrolled) and sends what residents file to the server. Ctrl+C stops both.
//
//   node scripts/start-with-server.mjs [electron|web]
//   env: INTAKE_PORT (8480), PORT (5174, browser host), KIOSK_DATA (.data)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] === 'web' ? 'web' : 'electron';
const dataRoot = path.resolve(repo, process.env.KIOSK_DATA ?? '.data');
const intakeDir = path.join(dataRoot, 'intake');
const intakePort = Number(process.env.INTAKE_PORT ?? 8480);
const serverUrl = `http://127.0.0.1:${intakePort}`;
const serverMain = path.join(repo, 'dist', 'server', 'main.mjs');
mkdirSync(intakeDir, { recursive: true });

const build = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build-server.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const common = ['--data-dir', intakeDir, '--port', String(intakePort), '--host', '127.0.0.1'];
const codeRun = spawnSync(
  process.execPath,
  [serverMain, 'enroll-code', '--location', 'Máy thử (npm start)', '--ward', '00103', '--ward-name', 'Phường Tây Hồ', ...common],
  { encoding: 'utf8' },
);
const code = /enrollment code: (\S+)/.exec(codeRun.stdout ?? '')?.[1];
if (codeRun.status !== 0 || !code) {
  console.error(`start: could not make an enrollment code\n${codeRun.stdout}${codeRun.stderr}`);
  process.exit(1);
}

const configFile = path.join(dataRoot, 'kiosk-config.json');
writeFileSync(
  configFile,
  JSON.stringify(
    {
      kioskName: 'Máy thử — Nhà văn hoá tổ dân phố 5',
      wardName: 'Phường Tây Hồ',
      wardCode: '00103',
      displayMode: 'windowed',
      serverUrl,
      enrollmentCode: code,
    },
    null,
    2,
  ) + '\n',
);

const children = [];
function stopAll(exitCode = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(exitCode), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const server = spawn(process.execPath, [serverMain, 'serve', ...common], { stdio: 'inherit' });
children.push(server);
server.on('exit', (status) => {
  console.error(`start: the intake server stopped (${status ?? 'signal'})`);
  stopAll(status ?? 1);
});

const env = { ...process.env, KIOSK_CONFIG: configFile };
const kiosk =
  mode === 'web'
    ? spawn(process.execPath, [path.join(repo, 'scripts', 'web-host.mjs')], { stdio: 'inherit', env: { ...env, KIOSK_STATE_DIR: dataRoot } })
    : spawn(path.join(repo, 'node_modules', '.bin', process.platform === 'win32' ? 'electron.cmd' : 'electron'), [path.join(repo, 'dist', 'app')], {
        stdio: 'inherit',
        env,
      });
children.push(kiosk);
kiosk.on('exit', (status) => stopAll(status ?? 0));
console.log(`start: intake server ${serverUrl} (data ${path.relative(repo, intakeDir)}), kiosk config ${path.relative(repo, configFile)}`);
