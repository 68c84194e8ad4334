import { getStorage } from '@/lib/providers/storage';

// The bytes behind a key never change (the key is their sha256), so browsers and CDNs may keep them forever.
const IMMUTABLE = 'public, max-age=31536000, immutable';

// GET /uploads/{key} - an uploaded file, streamed with the type its key records; 404 for anything unknown
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  // Keys are flat: a nested path is never a stored file (and never reaches the disk).
  const object = key.length === 1 && key[0] ? await getStorage().get(key[0]) : null;
  if (!object) {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
  }
  return new Response(object.body, {
    headers: {
      'content-type': object.contentType,
      'content-length': String(object.size),
      'cache-control': IMMUTABLE,
      'x-content-type-options': 'nosniff',
    },
  });
}
