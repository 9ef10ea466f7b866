/** Entry point of dist/server/main.mjs: the CLI (see cli.ts). */
import { runCli } from './cli';

const code = await runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  onStop: (stop) => {
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
});
process.exitCode = code;
