import { isToolUIPart, type UIMessage } from 'ai';
import { EXECUTED_WRITE_REFUSAL, holdsExecutedWrite } from '@/lib/ai/chat/executed-writes';

export type RetryPlan =
  | { kind: 'approvals' }
  | { kind: 'resend'; messageId: string; text: string }
  /** Resending would redo changes already made: the route refuses it, so the person is told why instead. */
  | { kind: 'blocked'; reason: string }
  | null;

/**
 * How to retry after a failed request, whatever the server managed to store before failing:
 * - answers to approval requests that did not get through are sent again as they are;
 * - otherwise the last question is sent again under its own id: the route replaces a stored copy (and
 *   drops any half answer after it) or appends it when it never arrived, so nothing is lost or doubled —
 *   unless an answer after it already made changes, which the route keeps (no retry then).
 */
export function retryPlan(messages: readonly UIMessage[]): RetryPlan {
  const last = messages.at(-1);
  if (last?.role === 'assistant') {
    const toolParts = last.parts.filter(isToolUIPart);
    if (toolParts.some((part) => part.state === 'approval-responded') && !toolParts.some((part) => part.state === 'approval-requested')) {
      return { kind: 'approvals' };
    }
  }
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.role !== 'user') continue;
    if (messages.slice(index + 1).some((message) => holdsExecutedWrite(message))) return { kind: 'blocked', reason: EXECUTED_WRITE_REFUSAL };
    const text = message.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n').trim();
    return text ? { kind: 'resend', messageId: message.id, text } : null;
  }
  return null;
}
