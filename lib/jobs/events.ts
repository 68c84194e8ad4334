import { z } from 'zod';
import { log } from '@/lib/log';

/**
 * The typed events domain code emits. Every payload names its workspace, so a job can build a system
 * context from it. Jobs subscribe to these names; the payload is validated on the way in.
 */
export const EVENT_SCHEMAS = {
  'lead/created': z.object({ orgId: z.uuid(), leadId: z.uuid(), source: z.string().max(200).nullable() }),
  'lead/updated': z.object({ orgId: z.uuid(), leadId: z.uuid(), source: z.string().max(200).nullable() }),
} as const;

export type EventName = keyof typeof EVENT_SCHEMAS;
export type EventPayload<N extends EventName> = z.infer<(typeof EVENT_SCHEMAS)[N]>;
export type EventHandler<N extends EventName> = (payload: EventPayload<N>) => Promise<void> | void;

const handlers = new Map<EventName, Set<EventHandler<EventName>>>();

/** Registers a handler for an event; returns the function that removes it again. */
export function onEvent<N extends EventName>(name: N, handler: EventHandler<N>): () => void {
  const set = handlers.get(name) ?? new Set();
  set.add(handler as EventHandler<EventName>);
  handlers.set(name, set);
  return () => set.delete(handler as EventHandler<EventName>);
}

/**
 * Validates and dispatches an event to its handlers. The caller's work is already stored when it emits, so
 * a failing handler is logged and never undoes or fails the emitting request.
 */
export async function emit<N extends EventName>(name: N, payload: EventPayload<N>): Promise<void> {
  const parsed = EVENT_SCHEMAS[name].parse(payload);
  const subscribed = [...(handlers.get(name) ?? [])];
  const results = await Promise.allSettled(subscribed.map(async (handler) => handler(parsed)));
  for (const result of results) {
    if (result.status === 'rejected') log.error({ err: result.reason, event: name }, 'event handler failed');
  }
}
