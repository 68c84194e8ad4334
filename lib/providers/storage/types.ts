/** A stored file as the storage hands it back: a stream of its bytes, its type and its size. */
export type StoredObject = { body: ReadableStream<Uint8Array>; contentType: string; size: number };

/**
 * Where uploaded files live. Keys are chosen by the caller (content-addressed: sha256 + extension), so a
 * put of bytes already stored is a no-op and a key always means the same bytes.
 */
export interface StorageProvider {
  readonly name: 'local-disk';
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object, or null when no such key was stored (or the key is not one this storage could hold). */
  get(key: string): Promise<StoredObject | null>;
}
