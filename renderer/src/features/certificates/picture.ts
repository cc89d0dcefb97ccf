import { isDocumentImage, maxLogoBytes } from '../../../../shared/domain/certificates';

/** Longest side of a stored logo or signature: sharp enough for print at its printed size. */
const maxSide = 800;

/**
 * A picked PNG or JPEG drawn again onto a canvas and exported as PNG: whatever the file
 * carried besides pixels (metadata, a disguised SVG) is gone, and a large photo is made
 * small enough to keep in the settings. Null when the file is not a picture we accept.
 */
export async function pictureAsDataUrl(file: File): Promise<string | null> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  // PNG keeps a transparent signature transparent; a photo-like logo that ends up too large goes as JPEG.
  const png = canvas.toDataURL('image/png');
  const url = png.length * 0.75 <= maxLogoBytes ? png : canvas.toDataURL('image/jpeg', 0.85);
  return isDocumentImage(url) && url.length * 0.75 <= maxLogoBytes ? url : null;
}
