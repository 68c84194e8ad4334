import { isToolUIPart } from 'ai';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import { aiToolActions } from '@/db/schema';
import type { AssistantUIMessage } from './ui-message';

type Part = AssistantUIMessage['parts'][number];

/**
 * A turn that stopped after an approval was stored (a crash, a deploy) leaves its tool calls in
 * `approval-responded` with no result. The recorded action says what happened: executed → its result,
 * failed → its error, denied → denied; none at all → the approval is asked for again. A call still being
 * carried out (recorded 'approved') is left as it is.
 */
export async function reconcileToolParts(db: Executor, { orgId, messages }: { orgId: string; messages: AssistantUIMessage[] }): Promise<AssistantUIMessage[]> {
  const waiting = messages.flatMap((message) => message.parts.flatMap((part) => (isToolUIPart(part) && part.state === 'approval-responded' ? [part.toolCallId] : [])));
  if (waiting.length === 0) return messages;
  const rows = await db
    .select({ toolCallId: aiToolActions.toolCallId, status: aiToolActions.status, result: aiToolActions.result, error: aiToolActions.error })
    .from(aiToolActions)
    .where(and(eq(aiToolActions.orgId, orgId), inArray(aiToolActions.toolCallId, waiting)));
  const actions = new Map(rows.map((row) => [row.toolCallId, row]));

  const settle = (part: Part): Part => {
    if (!isToolUIPart(part) || part.state !== 'approval-responded') return part;
    const action = actions.get(part.toolCallId);
    const { id } = part.approval;
    if (!action) return { ...part, state: 'approval-requested', approval: { id } } as Part;
    if (action.status === 'executed') return { ...part, state: 'output-available', output: action.result, approval: { id, approved: true } } as Part;
    if (action.status === 'failed') return { ...part, state: 'output-error', errorText: action.error ?? 'The action failed.', approval: { id, approved: true } } as Part;
    if (action.status === 'denied') return { ...part, state: 'output-denied', approval: { id, approved: false, ...(action.error ? { reason: action.error } : {}) } } as Part;
    return part;
  };
  return messages.map((message) => (message.parts.some((part) => isToolUIPart(part) && part.state === 'approval-responded') ? { ...message, parts: message.parts.map(settle) } : message));
}
