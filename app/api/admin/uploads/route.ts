import { MAX_IMAGE_BYTES, storeImageUpload } from '@/lib/blog/upload-image';
import { AppError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { log } from '@/lib/log';
import { getStorage } from '@/lib/providers/storage';
import { getSessionUser } from '@/lib/server/session';
import { assertSameOrigin } from '@/lib/server/with-org';

// Room for the multipart boundary and part headers around a file of the maximum size.
const MULTIPART_SLACK = 64 * 1024;

function tooLarge() {
  return new AppError('payload_too_large', 'The image is larger than 5 MB. Use a smaller or more compressed image.', { details: { field: 'file' } });
}

// POST /api/admin/uploads - a staff member uploads an image (multipart field "file", ≤ 5 MB); answers { url: "/uploads/<key>" }
export const POST = route(async (request, { requestId }) => {
  const user = await getSessionUser();
  // Anyone but staff gets the same 404 as a missing route: the endpoint's existence is not advertised.
  if (!user?.isStaff) throw new AppError('not_found', 'Not found.');
  // A staff session cookie rides along on cross-site posts too: only our own pages may upload.
  assertSameOrigin(request);
  // Refuse an oversized upload from its declared length before reading it into memory.
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_IMAGE_BYTES + MULTIPART_SLACK) throw tooLarge();
  let form: FormData;
  try {
    form = await request.formData();
  } catch (error) {
    throw new AppError('bad_request', 'Send the image as multipart/form-data in a field named "file".', { cause: error, details: { field: 'file' } });
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw new AppError('bad_request', 'Choose an image to upload.', { details: { field: 'file' } });
  if (file.size > MAX_IMAGE_BYTES) throw tooLarge();
  const stored = await storeImageUpload(getStorage(), new Uint8Array(await file.arrayBuffer()));
  log.info({ requestId, userId: user.id, key: stored.key, contentType: stored.contentType }, 'image uploaded');
  return Response.json({ url: stored.url }, { status: 201, headers: { 'x-request-id': requestId } });
});
