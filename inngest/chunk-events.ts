import type { JobEvent } from '@/lib/jobs/events';

/** The shape Inngest receives: our event with its id kept, so a re-send of one id is deduplicated. */
export type InngestEventPayload = { name: string; data: Record<string, unknown>; id?: string };

// Inngest accepts at most 5,000 events and 256 KB (free tier) per request; stay well under both.
const MAX_EVENTS_PER_CHUNK = 1_000;
const MAX_BYTES_PER_CHUNK = 200_000;

export function toInngestPayload(event: JobEvent): InngestEventPayload {
  return { name: event.name, data: event.data, ...(event.id ? { id: event.id } : {}) };
}

/** Splits events into request-sized batches, in order; a fan-out of 10,000 events becomes several sends. */
export function chunkEvents<E>(events: readonly E[], limits = { maxEvents: MAX_EVENTS_PER_CHUNK, maxBytes: MAX_BYTES_PER_CHUNK }): E[][] {
  const chunks: E[][] = [];
  let current: E[] = [];
  let bytes = 0;
  for (const event of events) {
    const size = Buffer.byteLength(JSON.stringify(event));
    if (current.length > 0 && (current.length >= limits.maxEvents || bytes + size > limits.maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(event);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
