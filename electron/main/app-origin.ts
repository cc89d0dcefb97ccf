/**
 * The one origin the renderer is served from. Everything that decides "is this our own
 * page?" (navigation guard, IPC sender check, protocol handler) reads these constants, so
 * the answer cannot drift between them.
 */
export const appScheme = 'app';
export const appHost = 'sprakbro';
/** Prefix of every URL of our own pages; the trailing slash stops `app://sprakbro.evil/`. */
export const appUrlPrefix = `${appScheme}://${appHost}/`;
export const appEntryUrl = `${appUrlPrefix}index.html`;

/**
 * True for a well-formed URL on our origin: app scheme, our host, no port and no user
 * info. Parsed rather than prefix-matched so `app://sprakbro@evil/` cannot pass.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname.toLowerCase() === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    url.toLowerCase().startsWith(appUrlPrefix)
  );
}
