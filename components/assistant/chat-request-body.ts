import { isToolUIPart, type UIMessage } from 'ai';

type RequestOptions = { threadId: string; messages: readonly UIMessage[]; trigger: string; messageId?: string };

/**
 * The chat route's body: the thread and only the newest message, since the server keeps the history. An
 * assistant message travels only to carry approval answers, so just those parts are sent: the rest of it
 * (text, look-up results) is already stored and could otherwise outgrow the route's body limit.
 */
export function chatRequestBody({ threadId, messages, trigger, messageId }: RequestOptions) {
  const last = messages.at(-1);
  const message =
    last?.role === 'assistant'
      ? {
          id: last.id,
          role: last.role,
          parts: last.parts.flatMap((part) =>
            isToolUIPart(part) && part.state === 'approval-responded'
              ? [{ type: part.type, toolCallId: part.toolCallId, state: part.state, approval: part.approval }]
              : [],
          ),
        }
      : last;
  return { threadId, message, trigger, ...(messageId ? { messageId } : {}) };
}
