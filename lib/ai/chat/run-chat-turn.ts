import { randomUUID } from 'node:crypto';
import { convertToModelMessages, stepCountIs, streamText } from 'ai';
import type { Ctx } from '@/lib/ctx';
import { AppError, isAppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { getBusinessProfile } from '../business-profile';
import { offlineOptions } from '../offline-options';
import { safeAiError } from '../safe-ai-error';
import { getWorkspaceModel, type WorkspaceModelDeps } from '../workspace-model';
import type { ChatRequest } from './chat-request';
import { modelWindow } from './model-window';
import { buildSystemPrompt } from './system-prompt';
import { getThread } from './threads';
import { assistantToolApproval, buildAssistantTools } from './tools';
import { createToolRuntime, type ToolRuntime } from './tools/runtime';
import { storeTurnAnswer, storeTurnInput } from './turn-store';
import type { AssistantMetadata, AssistantUIMessage } from './ui-message';
import { getWorkspaceSummary } from './workspace-summary';

export const MAX_STEPS = 6;

export type ChatTurnOptions = {
  /** Seams for tests: the model's provider and clock. */
  modelDeps?: WorkspaceModelDeps;
  /** Narrower permissions than the role's (tests; a future per-member setting). */
  can?: ToolRuntime['can'];
  /** The request's signal: Stop (or the browser leaving) ends the model call; what was written is kept. */
  abortSignal?: AbortSignal;
};

/**
 * The text of an error streamed to the client; a tool's error text is also stored and read by the model.
 * Tool failures arrive already safe (tools/ wraps every tool with withSafeToolErrors, so they are
 * AppErrors); anything else (a provider failure, a bug) shows only a generic text and is logged through
 * safeAiError, without the prompt or response body an AI SDK error carries.
 */
export function safeErrorText(error: unknown): string {
  const appError = isAppError(error) ? error : isAppError((error as { cause?: unknown } | null)?.cause) ? ((error as { cause: AppError }).cause) : null;
  if (appError) return appError.message;
  log.error({ err: safeAiError(error) }, 'assistant turn failed');
  return 'Something went wrong. Please try again.';
}

/**
 * One assistant turn. Everything that can be refused (thread, message ids, approvals, the month's AI
 * allowance) is checked before the stream starts, so those errors are plain 4xx responses; the turn's
 * input is stored before the model runs and its answer when the stream ends (also when stopped).
 */
export async function runChatTurn(ctx: Ctx, request: ChatRequest, options: ChatTurnOptions = {}): Promise<Response> {
  if (!ctx.user) throw new AppError('unauthorized', 'Sign in to use the assistant.');
  const thread = await getThread(ctx, request.threadId);
  const { model, provider } = await getWorkspaceModel(ctx.db, { org: ctx.org, task: 'chat' }, options.modelDeps);

  const runtime = { ...createToolRuntime(ctx, { threadId: thread.id, provider }), ...(options.can ? { can: options.can } : {}) };
  const tools = buildAssistantTools(runtime);
  const turn = await storeTurnInput(ctx, { thread, request, runtime });

  const [profile, summary] = await Promise.all([
    getBusinessProfile(ctx.db, ctx.org.id),
    getWorkspaceSummary(ctx.db, { orgId: ctx.org.id, userId: ctx.user.id, now: ctx.now }),
  ]);
  const userName = ctx.user.name ?? ctx.user.email;
  const canWrite = 'createTask' in tools || 'addNote' in tools;

  const result = streamText({
    model,
    instructions: buildSystemPrompt({ profile, summary, userName, canWrite }),
    // The stored thread stays whole; the model reads its recent part.
    messages: await convertToModelMessages(modelWindow(turn.messages), { tools }),
    tools,
    toolApproval: assistantToolApproval(tools),
    stopWhen: stepCountIs(MAX_STEPS),
    abortSignal: options.abortSignal,
    providerOptions: offlineOptions('chat', { orgSlug: ctx.org.slug, userName, profile, summary, now: ctx.now.toISOString() }),
  });

  const metadata: AssistantMetadata = { provider, createdAt: ctx.now.toISOString() };
  const answers = turn.messages.at(-1)!.id;
  return result.toUIMessageStreamResponse<AssistantUIMessage>({
    originalMessages: turn.messages,
    generateMessageId: () => `msg-${randomUUID()}`,
    messageMetadata: ({ part }) => (part.type === 'start' ? metadata : undefined),
    onError: safeErrorText,
    onEnd: async ({ responseMessage }) => {
      try {
        await storeTurnAnswer(ctx.db, { orgId: ctx.org.id, threadId: thread.id, answers, message: responseMessage });
      } catch (error) {
        // A failed query quotes its parameters (the answer's text): only a summary is logged.
        log.error({ err: safeAiError(error), orgId: ctx.org.id, threadId: thread.id }, 'saving assistant messages failed');
      }
    },
    // A second reader drains the stream, so onEnd runs and the answer is stored however the response ends.
    consumeSseStream: ({ stream }) => {
      void stream.pipeTo(new WritableStream()).catch(() => undefined);
    },
  });
}
