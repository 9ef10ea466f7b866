/**
 * The baseline of the sync bench: the same byte counts as the drain, sent as plain HTTP PUTs (one per
 * attachment ciphertext and one per application JSON body, in the same order, one at a time, keep-alive,
 * with the same `fetch`) to a trivial sink in its own process (like the intake server), which reads
 * each body and answers 204. No tokens, no tus, no database, no crypto: what the link and the HTTP stack
 * alone can do on this machine, in the same run. A second, informative baseline also fsyncs each body.
 */
import { spawn, type ChildProcess } from 'node:child_process';

// Under /durable/ each body is also written to a file and fsynced before the answer (a few files reused).
const SINK = `
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
const dir = mkdtempSync(path.join(tmpdir(), 'motcua-raw-sink-'));
let n = 0;
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const body = Buffer.concat(chunks);
    if (req.url.startsWith('/durable/')) {
      const file = await open(path.join(dir, String(n++ % 4)), 'w');
      await file.write(body);
      await file.sync();
      await file.close();
    }
    res.writeHead(204, { 'x-bytes': String(body.length) });
    res.end();
  });
});
server.keepAliveTimeout = 10000;
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
process.on('SIGTERM', () => server.close(() => { rmSync(dir, { recursive: true, force: true }); process.exit(0); }));
`;

export interface RawSink {
  url: string;
  stop(): Promise<void>;
}

export async function startRawSink(): Promise<RawSink> {
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', SINK], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /port (\d+)/.exec(text);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the raw sink exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * PUTs one body of each size in order; returns the seconds it took and the bytes the sink confirmed.
 * `durable`: the sink fsyncs each body to a file before answering (what durable storage alone costs).
 */
export async function rawUpload(url: string, sizes: readonly number[], durable = false): Promise<{ seconds: number; bytes: number }> {
  const source = new Uint8Array(Math.max(...sizes));
  for (let offset = 0; offset < source.length; offset += 65_536) crypto.getRandomValues(source.subarray(offset, Math.min(offset + 65_536, source.length)));
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    const body = source.slice(0, sizes[i]);
    const response = await fetch(`${url}/${durable ? 'durable' : 'raw'}/${i}`, { method: 'PUT', body, headers: { 'content-type': 'application/octet-stream' } });
    if (response.status !== 204) throw new Error(`raw sink answered ${response.status}`);
    bytes += Number(response.headers.get('x-bytes'));
  }
  return { seconds: (performance.now() - started) / 1000, bytes };
}
