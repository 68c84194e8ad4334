import { AppError } from '@/lib/errors';

/** Request bodies past this are refused before they are parsed: a lead or task is a few kilobytes. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

function tooLarge(maxBytes: number) {
  return new AppError('payload_too_large', `The request body is larger than ${Math.floor(maxBytes / 1024)} KB.`);
}

/**
 * Reads a request body as text, refusing it (413) once it passes `maxBytes`. Content-Length is checked first,
 * but the stream is counted too: the header may be missing (chunked uploads) or lie.
 */
export async function readTextBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses JSON text; an empty or malformed body is the client's mistake (400), never a 500. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new AppError('bad_request', 'The request body is empty: send a JSON object.');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}

export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  return parseJsonText(await readTextBody(request, maxBytes));
}
