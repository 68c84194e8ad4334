import { getToolName, isToolUIPart } from 'ai';
import { AppError } from '@/lib/errors';
import { userText, type ChatRequest } from './chat-request';
import { EXECUTED_WRITE_REFUSAL, holdsExecutedWrite } from './executed-writes';
import type { AssistantUIMessage } from './ui-message';

type Part = AssistantUIMessage['parts'][number];

/** A person's answer to a proposed write, to be recorded (a denial) or executed by the SDK (an approval). */
export type ToolDecision = { toolCallId: string; tool: string; input: unknown; approved: boolean; reason?: string };

export type PreparedTurn = {
  /** The conversation the model continues from. */
  messages: AssistantUIMessage[];
  decisions: ToolDecision[];
  /** The user's new text when this turn adds a user message. */
  newUserText: string | null;
};

const MOVED_ON = 'Not approved: the conversation moved on.';
const DROPPED = 'Not approved: the answer was written again.';
const CHANGED = 'This conversation changed in the meantime. Reload it and try again.';

function pendingApprovals(message: AssistantUIMessage | undefined) {
  if (message?.role !== 'assistant') return [];
  return message.parts.filter((part) => isToolUIPart(part) && part.state === 'approval-requested');
}

/** Pending approvals left behind when the user writes again are declined, so no stale request stays open. */
function declinePending(message: AssistantUIMessage, decisions: ToolDecision[], reason = MOVED_ON): AssistantUIMessage {
  const parts = message.parts.map((part): Part => {
    if (!isToolUIPart(part) || part.state !== 'approval-requested') return part;
    decisions.push({ toolCallId: part.toolCallId, tool: getToolName(part), input: part.input, approved: false, reason });
    return { ...part, state: 'output-denied', approval: { ...part.approval, approved: false, reason } } as Part;
  });
  return { ...message, parts };
}

/**
 * Messages a regenerate or an edit removes. A write that already ran must stay in the history (the model
 * would propose it again and a second approval would make it twice), so that is refused; a proposal still
 * waiting is recorded as declined, so the audit trail has no unanswered request.
 */
function dropMessages(dropped: AssistantUIMessage[], decisions: ToolDecision[]) {
  if (dropped.some((message) => holdsExecutedWrite(message, { orApproved: true }))) throw new AppError('conflict', EXECUTED_WRITE_REFUSAL);
  for (const message of dropped) declinePending(message, decisions, DROPPED);
}

/**
 * Applies one chat request to the stored history. SECURITY: approvals come from the client, so an answer is
 * honoured only for a tool call that the STORED last assistant message holds in `approval-requested`, with
 * the same approval id; the stored input is what runs, whatever else the client sent.
 */
export function applyChatRequest(stored: AssistantUIMessage[], request: ChatRequest): PreparedTurn {
  const decisions: ToolDecision[] = [];
  const last = stored.at(-1);

  if (request.trigger === 'regenerate-message') {
    // Only the newest answer can be written again, and only the one the client saw as newest.
    if (last?.role !== 'assistant' || request.messageId !== last.id) throw new AppError('conflict', CHANGED);
    const messages = stored.slice(0, -1);
    if (messages.at(-1)?.role !== 'user') throw new AppError('bad_request', 'There is no message to answer again.');
    dropMessages([last], decisions);
    return { messages, decisions, newUserText: null };
  }

  const { message } = request;
  if (message.role === 'user') {
    const text = userText(message);
    if (!text) throw new AppError('bad_request', 'Write a message.');
    const userMessage: AssistantUIMessage = { id: message.id, role: 'user', parts: [{ type: 'text', text }] };
    // Re-sending an existing user message (an edit) replaces it and drops everything after it.
    const existing = stored.findIndex((entry) => entry.id === message.id);
    if (existing !== -1 && stored[existing]!.role !== 'user') throw new AppError('conflict', 'That message id is already taken.');
    if (existing !== -1) dropMessages(stored.slice(existing + 1), decisions);
    let history = existing === -1 ? [...stored] : stored.slice(0, existing);
    const previous = history.at(-1);
    if (previous && pendingApprovals(previous).length > 0) history = [...history.slice(0, -1), declinePending(previous, decisions)];
    return { messages: [...history, userMessage], decisions, newUserText: text };
  }

  // An assistant message: the answers to the last message's approval requests.
  if (!last || last.role !== 'assistant' || last.id !== message.id) throw new AppError('conflict', CHANGED);
  const answers = new Map(
    message.parts.flatMap((part) =>
      part.state === 'approval-responded' && part.toolCallId && part.approval && typeof part.approval.approved === 'boolean'
        ? [[part.toolCallId, { approvalId: part.approval.id, approved: part.approval.approved, reason: part.approval.reason }] as const]
        : [],
    ),
  );
  const parts = last.parts.map((part): Part => {
    if (!isToolUIPart(part) || part.state !== 'approval-requested') return part;
    const answer = answers.get(part.toolCallId);
    if (!answer || answer.approvalId !== part.approval.id) return part;
    decisions.push({ toolCallId: part.toolCallId, tool: getToolName(part), input: part.input, approved: answer.approved, reason: answer.reason });
    return { ...part, state: 'approval-responded', approval: { ...part.approval, approved: answer.approved, ...(answer.reason ? { reason: answer.reason } : {}) } } as Part;
  });
  if (decisions.length === 0) throw new AppError('bad_request', 'There is no pending action to approve or decline.');
  // The model can only go on once every proposed action has an answer (a tool call needs a result).
  if (parts.some((part) => isToolUIPart(part) && part.state === 'approval-requested')) {
    throw new AppError('bad_request', 'Approve or decline every proposed action first.');
  }
  return { messages: [...stored.slice(0, -1), { ...last, parts }], decisions, newUserText: null };
}
