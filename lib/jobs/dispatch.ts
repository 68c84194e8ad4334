import type { Executor } from '@/db';
import { getJobDriver } from './driver';
import type { JobEvent } from './events';
import { enqueueEvents } from './local/queue';

/**
 * Hands validated events to the active driver: Inngest, or the job_runs queue the local runner drains.
 * - Local: the runs are written with the caller's executor, so inside a transaction they are queued only if
 *   it commits. The runner is woken at once and cannot see them before the commit; its next poll does.
 * - Inngest: the events are sent at once, whatever a surrounding transaction does later: a run can start
 *   before the commit, or for work that is then rolled back. So callers emit after their commit (createTask,
 *   emitLeadCreated, afterCapture) whenever the job must find what the event names.
 */
export async function dispatchEvents(db: Executor, events: JobEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (getJobDriver() === 'inngest') {
    // Loaded only under this driver: the Inngest client is not needed by a local install.
    const { sendInngestEvents } = await import('@/inngest/send');
    await sendInngestEvents(events);
    return;
  }
  await enqueueEvents(db, events);
}
