import { spawn } from 'node:child_process';

interface Opener {
  command: string;
  args: string[];
  verbatim?: boolean;
}

function opener(url: string, platform: NodeJS.Platform, env: Record<string, string | undefined>): Opener | undefined {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') {
    // `start` is a cmd built-in; the empty title keeps it from taking the quoted URL as one.
    return { command: 'cmd', args: ['/d', '/s', '/c', `start "" "${url}"`], verbatim: true };
  }
  // A Linux session without a display (SSH, CI) has no browser to open.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  return { command: 'xdg-open', args: [url] };
}

/**
 * Tries to open the URL in the default browser. Never throws and never waits: if there is
 * no opener the printed link is still there to click.
 */
export function openInBrowser(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
): boolean {
  const chosen = opener(url, platform, env);
  if (!chosen) return false;
  try {
    const child = spawn(chosen.command, chosen.args, {
      detached: true,
      stdio: 'ignore',
      windowsVerbatimArguments: chosen.verbatim ?? false,
    });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
