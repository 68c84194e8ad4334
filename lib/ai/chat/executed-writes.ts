import { getToolName, isToolUIPart, type UIMessage } from 'ai';
import { isWriteTool } from './ui-message';

// Shared by the chat route and the chat UI (no server imports).

/**
 * Whether an assistant message holds a write that ran. Dropping such a message (regenerate, or editing the
 * question before it) would have the model propose the same change again under a new tool call id, and a
 * second approval would make it twice. `orApproved` also counts approved calls without a result yet: in the
 * STORED history they may be running right now (in the browser, an answer may not have reached the server).
 */
export function holdsExecutedWrite(message: UIMessage | undefined, { orApproved = false }: { orApproved?: boolean } = {}): boolean {
  if (message?.role !== 'assistant') return false;
  return message.parts.some(
    (part) =>
      isToolUIPart(part) &&
      isWriteTool(getToolName(part)) &&
      (part.state === 'output-available' || (orApproved && part.state === 'approval-responded' && part.approval.approved)),
  );
}

export const EXECUTED_WRITE_REFUSAL =
  'The assistant already made changes in your workspace from here, so this part of the chat cannot be redone: they would be made twice. Send a new message instead.';
