import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The Noto fonts shipped in resources/fonts (copied to dist/fonts by the build), so a
 * printout looks the same on every machine and Arabic and Ethiopic never fall back to boxes.
 * Core does not know where they are installed: the shell passes the folder in.
 */
export const bundledFonts = [
  { family: 'Sprakbro Noto Sans', file: 'NotoSans-Regular.ttf', weight: 400 },
  { family: 'Sprakbro Noto Sans', file: 'NotoSans-Bold.ttf', weight: 700 },
  { family: 'Sprakbro Noto Sans Arabic', file: 'NotoSansArabic-Regular.ttf', weight: 400 },
  { family: 'Sprakbro Noto Sans Arabic', file: 'NotoSansArabic-Bold.ttf', weight: 700 },
  { family: 'Sprakbro Noto Sans Ethiopic', file: 'NotoSansEthiopic-Regular.ttf', weight: 400 },
  { family: 'Sprakbro Noto Sans Ethiopic', file: 'NotoSansEthiopic-Bold.ttf', weight: 700 },
] as const;

/** Installed names to fall back on when no folder was given (unit tests, a broken install). */
const localNames: Readonly<Record<string, string>> = {
  'Sprakbro Noto Sans': 'Noto Sans',
  'Sprakbro Noto Sans Arabic': 'Noto Sans Arabic',
  'Sprakbro Noto Sans Ethiopic': 'Noto Sans Ethiopic',
};

/** Latin first, then Arabic and Ethiopic: Chromium picks per character down this list. */
export const fontStack = `'Sprakbro Noto Sans', 'Sprakbro Noto Sans Arabic', 'Sprakbro Noto Sans Ethiopic', 'Noto Sans', sans-serif`;

/** @font-face rules pointing at file:// URLs in fontsDir (quoted, so any path is safe). */
export function fontFaceCss(fontsDir: string | undefined): string {
  return bundledFonts
    .map(({ family, file, weight }) => {
      const local = `local('${localNames[family] ?? family}')`;
      const src = fontsDir ? `url('${pathToFileURL(join(fontsDir, file)).href.replaceAll("'", '%27')}') format('truetype'), ${local}` : local;
      return `@font-face { font-family: '${family}'; font-weight: ${weight}; font-style: normal; src: ${src}; }`;
    })
    .join('\n');
}
