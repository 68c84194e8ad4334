import { z } from 'zod';
import type { Executor } from '@/db';

const orgEvent = { orgId: z.uuid() };

/**
 * The typed events domain code emits. Workspace events name their workspace (`orgId`), so a job scopes its
 * work to it and per-workspace concurrency keys on it; a user's daily digest (`notifications/digest.send`)
 * spans every workspace the user belongs to and names the user instead. Jobs subscribe to these names
 * (lib/jobs/registry.ts); payloads are validated on the way in and again when a job receives them.
 */
export const EVENT_SCHEMAS = {
  'lead/created': z.object({ ...orgEvent, leadId: z.uuid(), source: z.string().max(200).nullable(), createdById: z.uuid().nullable().optional() }),
  'lead/updated': z.object({ ...orgEvent, leadId: z.uuid(), source: z.string().max(200).nullable() }),
  'task/created': z.object({ ...orgEvent, taskId: z.uuid(), assigneeId: z.uuid().nullable(), createdById: z.uuid().nullable() }),
  'insights/org.scan': z.object({ ...orgEvent, scheduledFor: z.iso.datetime() }),
  'notifications/digest.send': z.object({ userId: z.uuid(), day: z.iso.date() }),
} as const;

export type EventName = keyof typeof EVENT_SCHEMAS;
export type EventPayload<N extends EventName> = z.infer<(typeof EVENT_SCHEMAS)[N]>;
export type JobEvent<N extends EventName = EventName> = { [K in N]: { name: K; data: EventPayload<K>; id?: string } }[N];

/** Validates one event against its schema; throws a ZodError naming the bad fields. */
export function parseEvent<E extends JobEvent>(event: E): E {
  return { ...event, data: EVENT_SCHEMAS[event.name].parse(event.data) } as E;
}

/**
 * Validates events and hands them to the active job driver: queued in job_runs for the local runner, or
 * sent to Inngest. The caller's own work is stored before it emits, so it can pass the database it wrote
 * with (tests pass their own).
 */
export async function emitEvents(db: Executor, events: JobEvent[]): Promise<void> {
  const parsed = events.map(parseEvent);
  // Imported here, not at the top: the dispatcher loads the registry, whose jobs import domain code that emits.
  const { dispatchEvents } = await import('./dispatch');
  await dispatchEvents(db, parsed);
}

export async function emit<N extends EventName>(db: Executor, name: N, data: EventPayload<N>): Promise<void> {
  await emitEvents(db, [{ name, data } as JobEvent]);
}
