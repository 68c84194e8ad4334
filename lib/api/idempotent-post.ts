import type { Ctx } from '@/lib/ctx';
import { withIdempotency } from '@/lib/http/idempotency';
import { parseJsonText, readTextBody } from '@/lib/http/json-body';

/**
 * The body of every REST POST: reads the (size-capped) JSON body once, then runs `handle` under the
 * request's Idempotency-Key, if it sent one. The key space is the caller's: the API key, else the user.
 */
export async function idempotentPost(
  { request, ctx, requestId }: { request: Request; ctx: Ctx; requestId: string },
  handle: (body: unknown) => Promise<Response>,
): Promise<Response> {
  const raw = await readTextBody(request);
  return withIdempotency(
    ctx.db,
    {
      orgId: ctx.org.id,
      callerId: ctx.apiKey?.id ?? ctx.user?.id ?? ctx.actor,
      key: request.headers.get('idempotency-key'),
      method: request.method,
      path: new URL(request.url).pathname,
      body: raw,
      requestId,
    },
    () => handle(parseJsonText(raw)),
  );
}
