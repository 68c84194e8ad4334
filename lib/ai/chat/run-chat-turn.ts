import { randomUUID } from 'node:crypto';
import { convertToModelMessages, stepCountIs, streamText } from 'ai';
import type { Ctx } from '@/lib/ctx';
import { AppError, isAppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { getBusinessProfile } from '../business-profile';
import { offlineOptions } from '../offline-options';
import { getWorkspaceModel, type WorkspaceModelDeps } from '../workspace-model';
import { applyChatRequest, type PreparedTurn } from './apply-chat-request';
import type { ChatRequest } from './chat-request';
import { assertMessageIdsFree, saveThreadMessages } from './persist-messages';
import { buildSystemPrompt } from './system-prompt';
import { titleFromText } from './thread-schemas';
import { getThread, getThreadMessages } from './threads';
import { assistantToolApproval, buildAssistantTools } from './tools';
import { recordDenial } from './tools/record-tool-action';
import { createToolRuntime, type ToolRuntime } from './tools/runtime';
import type { AssistantMetadata, AssistantUIMessage } from './ui-message';
import { getWorkspaceSummary } from './workspace-summary';

export const MAX_STEPS = 6;
const DEFAULT_TITLE = 'New chat';

export type ChatTurnOptions = {
  /** Seams for tests: the model's provider and clock. */
  modelDeps?: WorkspaceModelDeps;
  /** Narrower permissions than the role's (tests; a future per-member setting). */
  can?: ToolRuntime['can'];
};

/** Only AppError messages reach the client (and, through the stored history, the model); the rest is logged. */
export function safeErrorText(error: unknown): string {
  const appError = isAppError(error) ? error : isAppError((error as { cause?: unknown } | null)?.cause) ? ((error as { cause: AppError }).cause) : null;
  if (appError) return appError.message;
  log.error({ err: error }, 'assistant turn failed');
  return 'Something went wrong. Please try again.';
}

function isFirstUserMessage(turn: PreparedTurn) {
  return turn.newUserText !== null && turn.messages.filter((message) => message.role === 'user').length === 1;
}

/**
 * One assistant turn. Everything that can be refused (thread, message ids, approvals, the month's AI
 * allowance) is checked before the stream starts, so those errors are plain 4xx responses; the turn's
 * input is stored before the model runs and the final messages when it ends, even if the client left.
 */
export async function runChatTurn(ctx: Ctx, request: ChatRequest, options: ChatTurnOptions = {}): Promise<Response> {
  if (!ctx.user) throw new AppError('unauthorized', 'Sign in to use the assistant.');
  const thread = await getThread(ctx, request.threadId);
  const turn = applyChatRequest(await getThreadMessages(ctx, thread.id), request);
  if (request.message.role === 'user' && turn.newUserText !== null) {
    await assertMessageIdsFree(ctx.db, { orgId: ctx.org.id, threadId: thread.id, ids: [request.message.id] });
  }
  const { model, provider } = await getWorkspaceModel(ctx.db, { org: ctx.org, task: 'chat' }, options.modelDeps);

  const runtime = { ...createToolRuntime(ctx, { threadId: thread.id, provider }), ...(options.can ? { can: options.can } : {}) };
  const tools = buildAssistantTools(runtime);
  for (const decision of turn.decisions) if (!decision.approved) await recordDenial(runtime, decision);

  const title = thread.title === DEFAULT_TITLE && isFirstUserMessage(turn) ? titleFromText(turn.newUserText!) : undefined;
  await saveThreadMessages(ctx.db, { orgId: ctx.org.id, threadId: thread.id, messages: turn.messages, title });

  const [profile, summary] = await Promise.all([
    getBusinessProfile(ctx.db, ctx.org.id),
    getWorkspaceSummary(ctx.db, { orgId: ctx.org.id, userId: ctx.user.id, now: ctx.now }),
  ]);
  const userName = ctx.user.name ?? ctx.user.email;
  const canWrite = 'createTask' in tools || 'addNote' in tools;

  const result = streamText({
    model,
    instructions: buildSystemPrompt({ profile, summary, userName, canWrite }),
    messages: await convertToModelMessages(turn.messages, { tools }),
    tools,
    toolApproval: assistantToolApproval(tools),
    stopWhen: stepCountIs(MAX_STEPS),
    providerOptions: offlineOptions('chat', { orgSlug: ctx.org.slug, userName, profile, summary, now: ctx.now.toISOString() }),
  });

  const metadata: AssistantMetadata = { provider, createdAt: ctx.now.toISOString() };
  return result.toUIMessageStreamResponse<AssistantUIMessage>({
    originalMessages: turn.messages,
    generateMessageId: () => `msg-${randomUUID()}`,
    messageMetadata: ({ part }) => (part.type === 'start' ? metadata : undefined),
    onError: safeErrorText,
    onEnd: async ({ messages }) => {
      try {
        await saveThreadMessages(ctx.db, { orgId: ctx.org.id, threadId: thread.id, messages });
      } catch (error) {
        log.error({ err: error, orgId: ctx.org.id, threadId: thread.id }, 'saving assistant messages failed');
      }
    },
    // A second reader drains the stream, so the answer is finished and stored even when the browser leaves.
    consumeSseStream: ({ stream }) => {
      void stream.pipeTo(new WritableStream()).catch(() => undefined);
    },
  });
}
