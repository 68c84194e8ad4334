// Pure (no Node import): the editor's form schema checks cover URLs against the same key pattern.

/** Image types an upload may have, by the extension its key carries. */
export const IMAGE_CONTENT_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
} as const;

export type ImageExtension = keyof typeof IMAGE_CONTENT_TYPES;

/**
 * The only shape a storage key can have: 64 hex digits, a dot, a known extension. No slash, no dot-dot, no
 * separator of any platform, so a key can never name a path outside the storage root.
 */
export const STORAGE_KEY_PATTERN = /^[a-f0-9]{64}\.(png|jpg|webp|gif|avif)$/;

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY_PATTERN.test(key);
}

export function contentTypeOfKey(key: string): string | null {
  const match = STORAGE_KEY_PATTERN.exec(key);
  return match ? IMAGE_CONTENT_TYPES[match[1] as ImageExtension] : null;
}
