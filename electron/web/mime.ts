export { mediaTypeFor as mimeType } from '../../shared/files/media-types';
