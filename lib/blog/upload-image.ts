import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '@/lib/errors';
import { contentKey } from '@/lib/providers/storage/content-key';
import { IMAGE_CONTENT_TYPES, type ImageExtension } from '@/lib/providers/storage/keys';
import type { StorageProvider } from '@/lib/providers/storage/types';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

function isImageExtension(extension: string): extension is ImageExtension {
  return Object.hasOwn(IMAGE_CONTENT_TYPES, extension);
}

/**
 * Stores an uploaded image and returns its public URL. The type is read from the bytes themselves: the
 * declared content type and file name are the client's word and are ignored, so an HTML or SVG file
 * renamed to .png is refused rather than served from our origin.
 */
export async function storeImageUpload(storage: StorageProvider, bytes: Uint8Array) {
  if (bytes.byteLength === 0) throw new AppError('bad_request', 'The file is empty.', { details: { field: 'file' } });
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    throw new AppError('payload_too_large', 'The image is larger than 5 MB. Use a smaller or more compressed image.', { details: { field: 'file' } });
  }
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !isImageExtension(sniffed.ext)) {
    throw new AppError('unprocessable', 'Upload a PNG, JPEG, WebP, GIF or AVIF image.', { details: { field: 'file' } });
  }
  const contentType = IMAGE_CONTENT_TYPES[sniffed.ext];
  const key = contentKey(bytes, sniffed.ext);
  await storage.put(key, bytes, contentType);
  return { key, url: `/uploads/${key}`, contentType };
}
