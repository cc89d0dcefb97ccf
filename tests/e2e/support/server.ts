import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths';

export interface RunningServer {
  /** The start link with the token; opening it sets the session cookie and redirects to the app. */
  url: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  dataDir: string;
  /** Everything the server wrote to stderr, for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

const webBundle = join(repoRoot, 'dist', 'electron', 'web.cjs');
const startTimeoutMs = 20_000;

/** Starts browser mode on a free port with its own empty data folder (a clean centre). */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(webBundle)) {
    throw new Error(`${webBundle} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'sprakbro-e2e-'));
  const child = spawn(process.execPath, [webBundle], {
    cwd: repoRoot,
    env: { ...process.env, SPRAKBRO_DATA_DIR: dataDir, SPRAKBRO_NO_OPEN: '1', SPRAKBRO_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    await kill(child, exited);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`web server printed no SPRAKBRO_URL within ${startTimeoutMs} ms`)), startTimeoutMs);
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const match = /^SPRAKBRO_URL=(\S+)$/m.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`web server exited (${code ?? signal}) before it was ready:\n${stdout}\n${stderr}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    return { url, origin: new URL(url).origin, dataDir, stderr: () => stderr, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function kill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), delay(5_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
