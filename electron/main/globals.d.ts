/** The app version, substituted by esbuild at build time (`define`) from package.json. */
declare const __APP_VERSION__: string;
