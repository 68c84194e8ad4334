import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentKey } from './content-key';
import { createLocalDiskStorage } from './local-disk-provider';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'beacon-storage-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const bytes = new TextEncoder().encode('not really a png');
const text = async (body: ReadableStream<Uint8Array>) => new Response(body).text();

describe('local disk storage', () => {
  it('stores under a content-addressed key and streams it back with the key’s type', async () => {
    const storage = createLocalDiskStorage(path.join(root, 'uploads'));
    const key = contentKey(bytes, 'png');
    expect(key).toMatch(/^[a-f0-9]{64}\.png$/);
    await storage.put(key, bytes, 'image/png');
    await storage.put(key, bytes, 'image/png');
    const stored = await storage.get(key);
    expect(stored).toMatchObject({ contentType: 'image/png', size: bytes.byteLength });
    expect(await text(stored!.body)).toBe('not really a png');
    // One file, no temporary leftovers.
    expect(await readdir(path.join(root, 'uploads'))).toEqual([key]);
  });

  it('answers null for unknown keys and for anything that is not a key', async () => {
    const storage = createLocalDiskStorage(root);
    await writeFile(path.join(root, 'secret.txt'), 'secret');
    expect(await storage.get(contentKey(bytes, 'jpg'))).toBeNull();
    for (const key of ['secret.txt', '../secret.txt', `..%2F${'a'.repeat(64)}.png`, `${'a'.repeat(64)}.svg`, `${'A'.repeat(64)}.png`, '']) {
      expect(await storage.get(key)).toBeNull();
    }
  });

  it('refuses to write anything but a key', async () => {
    const storage = createLocalDiskStorage(path.join(root, 'inner'));
    await expect(storage.put('../escape.png', bytes, 'image/png')).rejects.toThrow(/Invalid storage key/);
    await expect(readFile(path.join(root, 'escape.png'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
