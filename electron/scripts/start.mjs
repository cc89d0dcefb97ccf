// `npm start`: the desktop app when an Electron binary is installed, otherwise browser
// mode. `npm start -- --browser` or SPRAKBRO_BROWSER=1 chooses browser mode on purpose.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));

/**
 * The Electron executable, or why there is none. The electron package's index.js tries to
 * download the binary when it is missing (which hangs or fails offline), so it is only
 * required once path.txt shows the binary was installed.
 */
function findElectron() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed / electron-pakken er ikke installert' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && !existsSync(join(packageDir, 'path.txt'))) {
    return { reason: 'no Electron binary found / fant ingen Electron-binærfil' };
  }
  if (!override && !existsSync(join(packageDir, 'dist', readFileSync(join(packageDir, 'path.txt'), 'utf8')))) {
    return { reason: 'no Electron binary found / fant ingen Electron-binærfil' };
  }
  try {
    const executable = require('electron');
    if (typeof executable === 'string' && existsSync(executable)) return { executable };
  } catch {
    // Falls through to browser mode below.
  }
  return { reason: 'the Electron binary could not be loaded / Electron-binærfilen kunne ikke lastes' };
}

function wantsBrowser() {
  const flag = process.env.SPRAKBRO_BROWSER;
  if (process.argv.includes('--browser') || (flag && flag !== '0' && flag !== 'false')) {
    return 'browser mode was asked for / nettlesermodus ble valgt';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no graphical display / ingen grafisk skjerm';
  }
  return undefined;
}

/**
 * Runs a child with the terminal, passes Ctrl+C and SIGTERM on, and exits as it exits.
 * On POSIX the child gets its own process group, so a Ctrl+C reaches it once (through us)
 * rather than twice, which the server would take as "stop now".
 */
function run(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env, detached: process.platform !== 'win32' });
  const forward = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(`start: ${command} could not start: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const chosen = wantsBrowser();
const electron = chosen ? undefined : findElectron();

if (electron?.executable) {
  const env = { ...process.env };
  // Inherited from some shells and IDEs; it would turn Electron into plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  console.log('Starter Språkbro / Starting Språkbro (Electron)');
  run(electron.executable, [root], env);
} else {
  const web = join(root, 'dist', 'electron', 'web.cjs');
  console.log(`Nettlesermodus / Browser mode: ${chosen ?? electron.reason}`);
  if (!existsSync(web)) {
    console.error('dist/electron/web.cjs mangler / is missing: kjør / run "npm run build"');
    process.exit(1);
  }
  run(process.execPath, [web], process.env);
}
