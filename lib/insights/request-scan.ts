import type { Ctx } from '@/lib/ctx';
import { emit } from '@/lib/jobs/events';
import { consumeLimit } from '@/lib/rate-limit/limits';

/**
 * "Scan now": queues one scan of the workspace through the same event the hourly fan-out sends, so it runs
 * with the job's retries and per-workspace concurrency. Limited per workspace (not per person), since a scan
 * costs the same whoever asks.
 */
export async function requestInsightScan(ctx: Ctx) {
  await consumeLimit(ctx.db, 'insight-scan', ctx.org.id);
  const requestedAt = ctx.now.toISOString();
  await emit(ctx.db, 'insights/org.scan', { orgId: ctx.org.id, scheduledFor: requestedAt });
  return { requestedAt };
}
