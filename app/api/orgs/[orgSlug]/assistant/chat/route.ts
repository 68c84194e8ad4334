import { runChatTurn } from '@/lib/ai/chat/run-chat-turn';
import { chatRequestSchema } from '@/lib/ai/chat/chat-request';
import { AppError, isAppError } from '@/lib/errors';
import { readJsonBody } from '@/lib/http/json-body';
import { toProblem } from '@/lib/http/problem';
import { consumeLimit } from '@/lib/rate-limit/limits';
import { withOrg } from '@/lib/server/with-org';

// Model calls with tool steps can take a while; the stream itself keeps the connection busy.
export const maxDuration = 60;

/** One message travels per request (the history is stored), so a chat body is small. */
const MAX_BODY_BYTES = 64 * 1024;

// POST /api/orgs/{orgSlug}/assistant/chat — one assistant turn on one of the caller's threads, streamed as UI message chunks
export const POST = withOrg<{ orgSlug: string }>(
  async ({ request, ctx, requestId }) => {
    const input = chatRequestSchema.parse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!ctx.user) throw new AppError('unauthorized', 'Sign in to use the assistant.');
    // Per person and workspace, refused before anything streams: withOrg answers the 429 with Retry-After.
    await consumeLimit(ctx.db, 'assistant-chat', `${ctx.org.id}:${ctx.user.id}`);
    try {
      // Stop in the chat (or the browser leaving) aborts the request: the model call ends with it.
      return await runChatTurn(ctx, input, { abortSignal: request.signal });
    } catch (error) {
      // The 402 carries where to upgrade, so the chat can link to it.
      if (isAppError(error) && error.code === 'limit_exceeded') {
        const body = { ...toProblem(error, requestId), upgradeUrl: error.details?.upgradeUrl ?? null };
        return Response.json(body, { status: 402, headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId } });
      }
      throw error;
    }
  },
  { permission: 'assistant.use' },
);
