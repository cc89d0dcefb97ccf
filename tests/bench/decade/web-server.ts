import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './decade-database';

export interface BenchServer {
  /** The start link with the token, for a browser. */
  url: string;
  origin: string;
  /** Milliseconds from spawning the process to the first screen's data answered. */
  coldStartMs: number;
  call(method: string, input: unknown): Promise<unknown>;
  /** A document through /api/print, as the «Skriv ut» buttons ask for it; answers the PDF's size in bytes. */
  print(method: string, input: unknown): Promise<number>;
  rssMegabytes(): number;
  stop(): void;
}

/** Calls the overview (Oversikt) makes when the app opens. */
export const firstScreenCalls: readonly [string, unknown][] = [
  ['app.info', {}],
  ['settings.get', {}],
  ['courses.list', {}],
];

/**
 * Browser mode (dist/electron/web.cjs) on a copy of the database: the real transport, the
 * real process. Cold start is measured to the first screen's data, as a user waits for it.
 */
export async function startBenchServer(databaseFile: string, script = join(repoRoot, 'dist', 'electron', 'web.cjs')): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprakbro-bench-'));
  copyFileSync(databaseFile, join(dataDir, 'sprakbro.sqlite'));
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [script], {
    cwd: repoRoot,
    env: { ...process.env, SPRAKBRO_DATA_DIR: dataDir, SPRAKBRO_NO_OPEN: '1', SPRAKBRO_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /^SPRAKBRO_URL=(\S+)$/mu.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`web server exited (${String(code)})`)));
  });
  const origin = new URL(url).origin;
  const start = await fetch(url, { redirect: 'manual' });
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const response = await fetch(`${origin}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin },
      body: JSON.stringify({ method, input }),
    });
    const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };
  const print = async (method: string, input: unknown): Promise<number> => {
    const response = await fetch(`${origin}/api/print`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin },
      body: JSON.stringify({ method, input }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    if (response.headers.get('content-type') !== 'application/pdf') throw new Error(`${method}: ${bytes.toString('utf8')}`);
    return bytes.length;
  };
  await Promise.all(firstScreenCalls.map(([method, input]) => call(method, input)));
  const coldStartMs = performance.now() - started;
  return {
    url,
    origin,
    coldStartMs,
    call,
    print,
    rssMegabytes() {
      const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
      const kilobytes = Number(/^VmRSS:\s+(\d+)/mu.exec(status)?.[1] ?? Number.NaN);
      return kilobytes / 1024;
    },
    stop() {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
