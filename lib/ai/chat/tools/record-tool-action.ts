import { and, eq, sql } from 'drizzle-orm';
import { aiToolActions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { safeAiError } from '@/lib/ai/safe-ai-error';
import { AppError, isAppError } from '@/lib/errors';
import { log } from '@/lib/log';
import type { ToolRuntime } from './runtime';

type ToolCall = { toolCallId: string; tool: string; input: unknown };

function auditEntry({ ctx, threadId }: ToolRuntime, call: ToolCall, action: string, targetId?: string) {
  return {
    orgId: ctx.org.id,
    actorType: 'user' as const,
    actorUserId: ctx.user?.id ?? null,
    action,
    targetType: 'ai_tool_action',
    targetId,
    metadata: { tool: call.tool, toolCallId: call.toolCallId, threadId },
    requestId: ctx.requestId ?? null,
  };
}

/**
 * Runs an approved write tool at most once per tool call. The 'approved' row is written BEFORE the effect
 * (its unique (org, tool_call_id) key is the lock): a replayed approval, a retried request or a second tab
 * finds the row and gets the recorded result back instead of creating a second task or note.
 *
 * The effects own their transactions (they take the caller's ctx), so the effect and its bookkeeping cannot
 * share one. Only a failure of the effect itself marks the call failed; once the effect has committed, a
 * failing 'executed' update or audit row is logged and the row stays 'approved', which a retry reads as
 * "already being carried out", never as a reason to run the effect again.
 */
export async function executeOnce<T extends Record<string, unknown>>(runtime: ToolRuntime, call: ToolCall, run: () => Promise<T>): Promise<T> {
  const { ctx } = runtime;
  const [claimed] = await ctx.db
    .insert(aiToolActions)
    .values({ orgId: ctx.org.id, threadId: runtime.threadId, userId: ctx.user?.id ?? null, toolCallId: call.toolCallId, tool: call.tool, input: call.input ?? {}, status: 'approved' })
    .onConflictDoNothing()
    .returning({ id: aiToolActions.id });
  if (!claimed) return replayOf<T>(runtime, call);

  let result: T;
  try {
    result = await run();
  } catch (error) {
    await markFailed(runtime, claimed.id, error);
    throw error;
  }
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.update(aiToolActions).set({ status: 'executed', result, updatedAt: sql`now()` }).where(and(eq(aiToolActions.id, claimed.id), eq(aiToolActions.orgId, ctx.org.id)));
      await recordAudit(tx, auditEntry(runtime, call, `assistant.${call.tool}`, claimed.id));
    });
  } catch (error) {
    log.error({ err: safeAiError(error), orgId: ctx.org.id, toolCallId: call.toolCallId, tool: call.tool }, 'recording an executed assistant action failed');
  }
  return result;
}

async function markFailed({ ctx }: ToolRuntime, actionId: string, error: unknown) {
  // Only an AppError's message is safe to keep and show; anything else is recorded generically.
  const message = isAppError(error) ? error.message : 'The action failed.';
  try {
    await ctx.db.update(aiToolActions).set({ status: 'failed', error: message, updatedAt: sql`now()` }).where(and(eq(aiToolActions.id, actionId), eq(aiToolActions.orgId, ctx.org.id)));
  } catch (bookkeeping) {
    log.error({ err: safeAiError(bookkeeping), orgId: ctx.org.id, actionId }, 'recording a failed assistant action failed');
  }
}

async function replayOf<T>({ ctx }: ToolRuntime, call: ToolCall): Promise<T> {
  const [existing] = await ctx.db
    .select()
    .from(aiToolActions)
    .where(and(eq(aiToolActions.orgId, ctx.org.id), eq(aiToolActions.toolCallId, call.toolCallId)));
  if (existing?.status === 'executed' && existing.tool === call.tool) return existing.result as T;
  if (existing?.status === 'failed') throw new AppError('conflict', existing.error ?? 'This action already failed.');
  if (existing?.status === 'denied') throw new AppError('conflict', 'This action was declined.');
  throw new AppError('conflict', 'This action is already being carried out.');
}

/** Records that a person declined a proposed write (no effect ran). Idempotent per tool call. */
export async function recordDenial(runtime: ToolRuntime, call: ToolCall & { reason?: string }) {
  const { ctx } = runtime;
  const [row] = await ctx.db
    .insert(aiToolActions)
    .values({ orgId: ctx.org.id, threadId: runtime.threadId, userId: ctx.user?.id ?? null, toolCallId: call.toolCallId, tool: call.tool, input: call.input ?? {}, status: 'denied', error: call.reason ?? null })
    .onConflictDoNothing()
    .returning({ id: aiToolActions.id });
  if (row) await recordAudit(ctx.db, auditEntry(runtime, call, 'assistant.tool_denied', row.id));
}
