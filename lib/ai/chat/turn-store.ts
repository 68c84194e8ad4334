import { isToolUIPart } from 'ai';
import type { Db } from '@/db';
import type { AiThread } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { log } from '@/lib/log';
import { applyChatRequest, type PreparedTurn } from './apply-chat-request';
import type { ChatRequest } from './chat-request';
import { assertMessageIdsFree, loadThreadMessages, lockThread, saveTurnAnswer, saveTurnInput } from './persist-messages';
import { reconcileToolParts } from './reconcile-tool-parts';
import { titleFromText } from './thread-schemas';
import { recordDenial } from './tools/record-tool-action';
import type { ToolRuntime } from './tools/runtime';
import type { AssistantUIMessage } from './ui-message';

const DEFAULT_TITLE = 'New chat';
const STOPPED = 'Stopped before it finished.';

type Part = AssistantUIMessage['parts'][number];

function isFirstUserMessage(turn: PreparedTurn) {
  return turn.newUserText !== null && turn.messages.filter((message) => message.role === 'user').length === 1;
}

/**
 * Applies a chat request to the stored history and stores the turn's input, all under the thread lock: a
 * turn started at the same moment (another tab, a double submit) waits and then sees this one's messages.
 * Declined proposals are recorded in the same transaction as the messages that show them declined.
 */
export async function storeTurnInput(ctx: Ctx, { thread, request, runtime }: { thread: AiThread; request: ChatRequest; runtime: ToolRuntime }): Promise<PreparedTurn> {
  const ref = { orgId: ctx.org.id, threadId: thread.id };
  return ctx.db.transaction(async (tx) => {
    await lockThread(tx, thread.id);
    const stored = await loadThreadMessages(tx, ref);
    const messages = await reconcileToolParts(tx, { orgId: ctx.org.id, messages: stored.map(({ message }) => message) });
    const turn = applyChatRequest(messages, request);
    if (request.message.role === 'user' && turn.newUserText !== null) await assertMessageIdsFree(tx, { ...ref, ids: [request.message.id] });
    const inTransaction: ToolRuntime = { ...runtime, ctx: { ...runtime.ctx, db: tx } };
    for (const decision of turn.decisions) if (!decision.approved) await recordDenial(inTransaction, decision);
    const title = thread.title === DEFAULT_TITLE && isFirstUserMessage(turn) ? titleFromText(turn.newUserText!) : undefined;
    await saveTurnInput(tx, { ...ref, stored, messages: turn.messages, title });
    return turn;
  });
}

/** A tool call cut off by Stop has no result; stored so, it would break every later prompt (a call needs its result). */
function settleUnfinishedTools(message: AssistantUIMessage): AssistantUIMessage {
  const parts = message.parts.map((part): Part =>
    isToolUIPart(part) && (part.state === 'input-streaming' || part.state === 'input-available')
      ? ({ ...part, state: 'output-error', input: part.input ?? {}, errorText: STOPPED } as Part)
      : part,
  );
  return { ...message, parts };
}

/** Stores the turn's answer (only that message) under the thread lock; see saveTurnAnswer. */
export async function storeTurnAnswer(db: Db, { orgId, threadId, answers, message }: { orgId: string; threadId: string; answers: string; message: AssistantUIMessage }) {
  const saved = await db.transaction(async (tx) => {
    await lockThread(tx, threadId);
    return saveTurnAnswer(tx, { orgId, threadId, answers, message: settleUnfinishedTools(message) });
  });
  if (!saved) log.warn({ orgId, threadId, messageId: message.id }, 'assistant answer not stored: its question was edited or regenerated meanwhile');
}
