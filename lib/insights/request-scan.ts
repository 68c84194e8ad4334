import type { Ctx } from '@/lib/ctx';
import { emit } from '@/lib/jobs/events';
import { consumeLimit, resetLimit } from '@/lib/rate-limit/limits';

/**
 * "Scan now": queues one scan of the workspace through the same event the hourly fan-out sends, so it runs
 * with the job's retries and per-workspace concurrency. Limited per workspace (not per person), since a scan
 * costs the same whoever asks.
 */
export async function requestInsightScan(ctx: Ctx) {
  // Charged before the emit so two clicks at once queue one scan; refunded when nothing was queued, or a
  // failed emit would lock the workspace out of "Scan now" for the rest of the minute. The limit is one
  // point, so forgetting the key is the refund.
  await consumeLimit(ctx.db, 'insight-scan', ctx.org.id);
  const requestedAt = ctx.now.toISOString();
  try {
    await emit(ctx.db, 'insights/org.scan', { orgId: ctx.org.id, scheduledFor: requestedAt });
  } catch (error) {
    await resetLimit(ctx.db, 'insight-scan', ctx.org.id);
    throw error;
  }
  return { requestedAt };
}
