/** Why an upload failed, in words for the author (the route's problem detail when it sent one). */
export class UploadError extends Error {}

const ACCEPTED = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif'];
export const ACCEPT_ATTRIBUTE = ACCEPTED.join(',');
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Sends one image to the staff upload route and returns its /uploads URL. Size and type are checked here
 * first only to answer quickly; the route decides (it reads the type from the bytes).
 */
export async function uploadImage(file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new UploadError('The image is larger than 5 MB. Use a smaller or more compressed image.');
  if (file.type && !ACCEPTED.includes(file.type)) throw new UploadError('Upload a PNG, JPEG, WebP, GIF or AVIF image.');
  const body = new FormData();
  body.set('file', file);
  let response: Response;
  try {
    response = await fetch('/api/admin/uploads', { method: 'POST', body });
  } catch {
    throw new UploadError('The upload did not reach the server. Check your connection and try again.');
  }
  const payload = (await response.json().catch(() => null)) as { url?: string; detail?: string } | null;
  if (!response.ok || !payload?.url) throw new UploadError(payload?.detail ?? 'The upload failed. Try again.');
  return payload.url;
}
