import { createHash } from 'node:crypto';
import type { ImageExtension } from './keys';

/** Content-addressed key: the same bytes always get the same key, so re-uploads store nothing new. */
export function contentKey(bytes: Uint8Array, extension: ImageExtension): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.${extension}`;
}
