import { homedir } from 'node:os';
import path from 'node:path';

/** Electron names the user data folder after package.json's productName. */
export const productName = 'Språkbro';

export interface DataDirEnvironment {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

const current = (): DataDirEnvironment => ({ env: process.env, platform: process.platform, home: homedir() });

const nonEmpty = (value: string | undefined): string | undefined => (value && value.trim() !== '' ? value : undefined);

/**
 * The folder Electron's app.getPath('userData') gives, so browser mode and the desktop app
 * share one database: appData (per platform, as Electron computes it) + product name.
 * SPRAKBRO_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(environment: DataDirEnvironment = current()): string {
  const { env, platform, home } = environment;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const override = nonEmpty(env.SPRAKBRO_DATA_DIR);
  if (override) return paths.resolve(override);
  if (platform === 'win32') {
    return paths.join(nonEmpty(env.APPDATA) ?? paths.join(home, 'AppData', 'Roaming'), productName);
  }
  if (platform === 'darwin') return paths.join(home, 'Library', 'Application Support', productName);
  return paths.join(nonEmpty(env.XDG_CONFIG_HOME) ?? paths.join(home, '.config'), productName);
}
