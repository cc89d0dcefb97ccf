import { dirname, join, resolve } from 'node:path';
import { defaultDataDir } from './data-dir';
import { openInBrowser } from './open-browser';
import { startWebServer } from './server';

/** Replaced by build-electron.mjs with package.json's version. */
declare const __APP_VERSION__: string;
const version = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';

/** This file runs as dist/electron/web-app.cjs (loaded by web.cjs); the renderer is built next to it in dist/renderer. */
const bundleDir = typeof __dirname === 'string' ? __dirname : resolve('dist', 'electron');
const rendererDir = join(dirname(bundleDir), 'renderer');
/** The build copies resources/fonts here (build-electron.mjs). */
const fontsDir = join(dirname(bundleDir), 'fonts');

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`SPRAKBRO_PORT må være et portnummer (0–65535) / must be a port number (0–65535): ${value}`);
  }
  return port;
}

const isSet = (value: string | undefined): boolean =>
  value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';

async function main(): Promise<void> {
  const dataDir = defaultDataDir();
  const server = await startWebServer({
    dataDir,
    rendererDir,
    port: portFromEnv(process.env.SPRAKBRO_PORT),
    mode: 'browser',
    version,
    log: complain,
    fontsDir,
  });

  say(`Språkbro ${version} – data: ${dataDir}`);
  say(`Åpne Språkbro i nettleseren / Open Språkbro in your browser: ${server.url}`);
  say('Trykk Ctrl+C for å stoppe / Press Ctrl+C to stop.');
  if (server.databaseError) {
    complain(`Advarsel / Warning: ${server.databaseError.code} – ${server.databaseError.message}`);
  }
  // For scripts (the e2e runner): one line, always last of the start-up lines, easy to match.
  say(`SPRAKBRO_URL=${server.url}`);

  if (!isSet(process.env.SPRAKBRO_NO_OPEN) && !isSet(process.env.CI)) openInBrowser(server.url);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl+C means "now".
      process.exit(130);
    }
    stopping = true;
    say(`Språkbro stopper (${signal}) / Språkbro is stopping (${signal}).`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        complain(String(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const inUse = (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
  complain(
    inUse
      ? `Porten er opptatt / The port is in use: ${message}. Velg en annen med SPRAKBRO_PORT / Choose another with SPRAKBRO_PORT.`
      : `Språkbro kunne ikke starte / Språkbro could not start: ${message}`,
  );
  process.exit(1);
});
