/**
 * Content Security Policy for the app in both shells: app:// responses in Electron and the
 * local HTTP server in browser mode. Only our own origin may provide code, styles, fonts,
 * media and data; nothing remote is named, so even injected markup cannot load or send
 * anything off the machine.
 *
 * style-src allows 'unsafe-inline' because the editor (tiptap) and the toast library
 * (sonner) inject their base styles as <style> elements at runtime. Scripts stay strict:
 * no inline script, no eval. blob: media lets captured audio and video play.
 */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

export const contentSecurityPolicy = Object.entries(cspDirectives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
