import { AppError } from '@/lib/errors';
import { parseJsonText, readTextBody } from '@/lib/http/json-body';

/** A form submission is a few fields; anything larger is refused (413) before it is parsed. */
export const MAX_SUBMISSION_BYTES = 32 * 1024;

export type SubmissionBodyKind = 'json' | 'urlencoded' | 'multipart';

export function submissionBodyKind(request: Request): SubmissionBodyKind | null {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') return 'json';
  if (mediaType === 'application/x-www-form-urlencoded') return 'urlencoded';
  if (mediaType === 'multipart/form-data') return 'multipart';
  return null;
}

function firstValues(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (typeof value === 'string' && !(name in body)) body[name] = value;
  }
  return body;
}

/**
 * Reads a submission body of any accepted encoding into one flat object, capped at 32 KB for every
 * encoding (the stream is counted, not only Content-Length). Malformed bodies are the client's mistake: 400.
 */
export async function readSubmissionBody(request: Request, kind: SubmissionBodyKind): Promise<Record<string, unknown>> {
  const text = await readTextBody(request, MAX_SUBMISSION_BYTES);
  if (kind === 'json') {
    const body = parseJsonText(text);
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new AppError('bad_request', 'Send the fields as a JSON object.');
    return body as Record<string, unknown>;
  }
  if (kind === 'urlencoded') return firstValues(new URLSearchParams(text).entries() as Iterable<[string, string]>);
  try {
    // The capped text is parsed as it arrived; the boundary comes from the original Content-Type.
    const form = await new Response(text, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    return firstValues(form.entries());
  } catch {
    throw new AppError('bad_request', 'The form data could not be read.');
  }
}
