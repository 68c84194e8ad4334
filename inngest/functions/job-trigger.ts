import { NonRetriableError } from 'inngest';
import { z } from 'zod';
import { EVENT_SCHEMAS, type EventName } from '@/lib/jobs/events';
import { describeInvalidPayload } from '@/lib/jobs/local/run-errors';
import { tickKey } from '@/lib/jobs/local/queue';
import type { CronTriggerEvent, JobDefinition } from '@/lib/jobs/types';

/** The part of an Inngest event the adapter reads (cron ticks arrive as `inngest/scheduled.timer`). */
export type IncomingEvent = { name: string; data?: unknown; id?: string; ts?: number };

export type HandlerEvent = CronTriggerEvent | { name: EventName; data: Record<string, unknown>; id: string };

/** What the job_runs row of one Inngest run records about its trigger. */
export type RunIdentity = {
  jobId: string;
  key: string;
  trigger: 'cron' | 'event';
  eventName: string | null;
  payload: Record<string, unknown>;
  orgId: string | null;
  maxAttempts: number;
};

/** The minute a cron tick was scheduled for, as ISO: the same value the local runner passes. */
export function tickMinute(ts: number | undefined, now = Date.now()): string {
  const at = typeof ts === 'number' && Number.isFinite(ts) ? ts : now;
  return new Date(Math.floor(at / 60_000) * 60_000).toISOString();
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function describeRun(job: JobDefinition, event: IncomingEvent, runId: string, maxAttempts?: number): RunIdentity {
  const payload = job.kind === 'cron' ? { scheduledFor: tickMinute(event.ts) } : asRecord(event.data);
  const orgId = z.uuid().safeParse(payload.orgId);
  return {
    jobId: job.id,
    key: `inngest:${runId}`,
    trigger: job.kind,
    eventName: job.kind === 'event' ? job.event : null,
    payload,
    orgId: orgId.success ? orgId.data : null,
    maxAttempts: maxAttempts ?? job.retries + 1,
  };
}

/**
 * Builds the event a registry handler receives. Event payloads are validated here, not trusted: a payload
 * that fails its schema will fail the same way on every retry, so it ends the run at once.
 */
export function toHandlerEvent(job: JobDefinition, event: IncomingEvent, runId: string): HandlerEvent {
  if (job.kind === 'cron') {
    const scheduledFor = tickMinute(event.ts);
    // The tick's key, which the local runner passes as the id: a handler deriving ids from it behaves alike.
    return { name: 'cron', data: { scheduledFor }, id: tickKey(new Date(scheduledFor)) };
  }
  const parsed = EVENT_SCHEMAS[job.event].safeParse(event.data);
  if (!parsed.success) {
    throw new NonRetriableError(describeInvalidPayload(parsed.error));
  }
  // `event:<id>` is the local runner's run key, which it passes as the id: the same id on both drivers.
  return { name: job.event, data: parsed.data, id: `event:${event.id ?? runId}` };
}
