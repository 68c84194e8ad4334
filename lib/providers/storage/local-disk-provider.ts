import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { contentTypeOfKey, isStorageKey } from './keys';
import type { StorageProvider, StoredObject } from './types';

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Files on local disk under `root` (UPLOADS_DIR), one file per key. Every key is checked against the strict
 * key pattern before it touches a path, which is what makes traversal impossible; the resolved path is
 * checked to stay inside the root as a second line of defence.
 */
export function createLocalDiskStorage(root: string): StorageProvider {
  // The ignore hints keep the build's file tracer from reading these runtime paths as "any file in the
  // project" and copying the whole source tree into the standalone server.
  const base = path.resolve(/*turbopackIgnore: true*/ root);

  function fileFor(key: string): string | null {
    if (!isStorageKey(key)) return null;
    const file = path.resolve(/*turbopackIgnore: true*/ base, key);
    return path.dirname(file) === base ? file : null;
  }

  return {
    name: 'local-disk',

    async put(key, bytes) {
      const file = fileFor(key);
      if (!file) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
      // Content-addressed: if the key exists, the same bytes are already stored.
      if (await stat(/*turbopackIgnore: true*/ file).then((info) => info.isFile(), () => false)) return;
      await mkdir(/*turbopackIgnore: true*/ base, { recursive: true });
      // Write to a temporary name, then rename: a reader never sees a half-written file, and two uploads of
      // the same bytes both end with the one complete file.
      const temporary = path.join(/*turbopackIgnore: true*/ base, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(/*turbopackIgnore: true*/ temporary, bytes, { flag: 'wx' });
        await rename(/*turbopackIgnore: true*/ temporary, file);
      } finally {
        await rm(/*turbopackIgnore: true*/ temporary, { force: true });
      }
    },

    async get(key): Promise<StoredObject | null> {
      const file = fileFor(key);
      const contentType = contentTypeOfKey(key);
      if (!file || !contentType) return null;
      try {
        const info = await stat(/*turbopackIgnore: true*/ file);
        if (!info.isFile()) return null;
        const body = Readable.toWeb(createReadStream(/*turbopackIgnore: true*/ file)) as ReadableStream<Uint8Array>;
        return { body, contentType, size: info.size };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
  };
}
