import { env } from '@/lib/env';
import { createLocalDiskStorage } from './local-disk-provider';
import type { StorageProvider } from './types';

let storage: StorageProvider | undefined;

/** The install's file storage: local disk under UPLOADS_DIR (the offline default; no bucket is configured). */
export function getStorage(): StorageProvider {
  storage ??= createLocalDiskStorage(env.UPLOADS_DIR);
  return storage;
}

export { contentKey } from './content-key';
export { contentTypeOfKey, IMAGE_CONTENT_TYPES, isStorageKey, type ImageExtension } from './keys';
export type { StorageProvider, StoredObject } from './types';
