import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { GET } from './route';

const uploadsDir = await vi.hoisted(async () => {
  const [{ mkdtempSync }, { tmpdir }, path] = await Promise.all([import('node:fs'), import('node:os'), import('node:path')]);
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-uploads-'));
  process.env.UPLOADS_DIR = dir;
  return dir;
});
afterAll(() => rm(uploadsDir, { recursive: true, force: true }));

const KEY = `${'b'.repeat(64)}.webp`;
const get = (key: string[]) => GET(new Request(`http://beacon.test/uploads/${key.join('/')}`), { params: Promise.resolve({ key }) });

describe('GET /uploads/[...key]', () => {
  it('streams a stored file with its type, immutable caching and nosniff', async () => {
    await writeFile(path.join(uploadsDir, KEY), 'webp bytes');
    const response = await get([KEY]);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/webp',
      'content-length': '10',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    expect(await response.text()).toBe('webp bytes');
  });

  it('answers 404 for unknown keys, nested paths and traversal attempts', async () => {
    await writeFile(path.join(uploadsDir, 'notes.txt'), 'private');
    for (const key of [[`${'c'.repeat(64)}.png`], ['notes.txt'], ['..', 'notes.txt'], ['sub', KEY], ['%2e%2e%2fnotes.txt']]) {
      const response = await get(key);
      expect(response.status).toBe(404);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
