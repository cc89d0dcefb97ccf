import { parseMaterialFileUrl, type Material, type MaterialKind } from '../../../../shared/domain/materials';

/** A glyph per kind where there is no picture; always shown beside the kind's name. */
export const kindIcons: Readonly<Record<MaterialKind, string>> = {
  image: '🖼',
  audio: '♪',
  video: '▶',
  pdf: '📄',
  document: '📝',
};

/** The picture to show in the gallery: the thumbnail when core could make one. */
export const showsThumbnail = (material: Pick<Material, 'hasThumbnail' | 'fileMissing'>): boolean =>
  material.hasThumbnail && !material.fileMissing;

/** The material id an address in lesson text points to, or undefined for any other address. */
export function materialIdOfUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // Links are stored relative; the browser may hand back the resolved absolute form.
    return parseMaterialFileUrl(new URL(url, 'http://x.invalid').pathname)?.id;
  } catch {
    return undefined;
  }
}
