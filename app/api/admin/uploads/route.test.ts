import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSessionUser } from '@/lib/server/session';
import { POST } from './route';

// The storage reads UPLOADS_DIR when the env module loads, so the temporary folder is set before any import.
const uploadsDir = await vi.hoisted(async () => {
  const [{ mkdtempSync }, { tmpdir }, path] = await Promise.all([import('node:fs'), import('node:os'), import('node:path')]);
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-uploads-'));
  process.env.UPLOADS_DIR = dir;
  return dir;
});
vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);

const staff = { id: '00000000-0000-4000-8000-000000000001', email: 'staff@example.test', name: 'Staff', isStaff: true, lastOrgId: null };
// A PNG signature and IHDR chunk: enough for the type to be read from the bytes.
const PNG = Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001080600000001f15c4a00', 'hex');
const sameOrigin = { origin: 'http://beacon.test', host: 'beacon.test' };

function upload(file: Blob | string | null, { headers = sameOrigin, name = 'cover.png' }: { headers?: Record<string, string>; name?: string } = {}) {
  const form = new FormData();
  if (typeof file === 'string') form.set('file', file);
  else if (file !== null) form.set('file', file, name);
  return POST(new Request('http://beacon.test/api/admin/uploads', { method: 'POST', headers, body: form }), { params: Promise.resolve({}) });
}

beforeEach(() => sessionUser.mockResolvedValue(staff));
afterAll(() => rm(uploadsDir, { recursive: true, force: true }));

describe('POST /api/admin/uploads', () => {
  it('stores a staff member’s image under its content hash and answers its URL', async () => {
    const response = await upload(new File([PNG], 'photo.bin', { type: 'application/octet-stream' }));
    expect(response.status).toBe(201);
    const { url } = (await response.json()) as { url: string };
    expect(url).toMatch(/^\/uploads\/[a-f0-9]{64}\.png$/);
    const key = url.slice('/uploads/'.length);
    expect(await readFile(path.join(uploadsDir, key))).toEqual(PNG);
    // The same bytes again: same URL, still one file.
    const again = (await (await upload(new File([PNG], 'other.png', { type: 'image/png' }))).json()) as { url: string };
    expect(again.url).toBe(url);
    expect((await readdir(uploadsDir)).filter((file) => file === key)).toHaveLength(1);
  });

  it('trusts the bytes, not the declared type: HTML or SVG labelled image/png is refused with 422 on "file"', async () => {
    for (const body of ['<html><script>alert(1)</script></html>', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>']) {
      const response = await upload(new File([body], 'x.png', { type: 'image/png' }));
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ errors: [{ path: 'file', message: 'Upload a PNG, JPEG, WebP, GIF or AVIF image.' }] });
    }
  });

  it('refuses files over 5 MB with 413', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    const response = await upload(new File([big], 'big.png', { type: 'image/png' }));
    expect(response.status).toBe(413);
  });

  it('asks for a file when the field is missing or not a file', async () => {
    expect((await upload(null)).status).toBe(400);
    expect((await upload('just text')).status).toBe(400);
    const notMultipart = await POST(new Request('http://beacon.test/api/admin/uploads', { method: 'POST', headers: { ...sameOrigin, 'content-type': 'application/json' }, body: '{}' }), { params: Promise.resolve({}) });
    expect(notMultipart.status).toBe(400);
  });

  it('answers 404 to signed-out visitors and to users who are not staff', async () => {
    sessionUser.mockResolvedValue(null);
    expect((await upload(new File([PNG], 'a.png'))).status).toBe(404);
    sessionUser.mockResolvedValue({ ...staff, isStaff: false });
    expect((await upload(new File([PNG], 'a.png'))).status).toBe(404);
  });

  it('refuses a cross-site upload with 403', async () => {
    const response = await upload(new File([PNG], 'a.png'), { headers: { origin: 'https://evil.example', host: 'beacon.test' } });
    expect(response.status).toBe(403);
  });
});
