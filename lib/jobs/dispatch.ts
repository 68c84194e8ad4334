import type { Executor } from '@/db';
import { getJobDriver } from './driver';
import type { JobEvent } from './events';
import { enqueueEvents } from './local/queue';

/**
 * Hands validated events to the active driver: Inngest, or the job_runs queue the local runner drains.
 * Locally the runs are written with the caller's executor, so events emitted inside a transaction are queued
 * only if it commits.
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
