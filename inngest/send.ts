import type { JobEvent } from '@/lib/jobs/events';
import { chunkEvents, toInngestPayload } from './chunk-events';
import { inngest } from './client';

/**
 * Sends already-validated events to Inngest (the Inngest driver's half of `emitEvents`). An event's `id`
 * becomes Inngest's event id, so sending the same event twice starts its functions once.
 */
export async function sendInngestEvents(events: JobEvent[]): Promise<void> {
  for (const chunk of chunkEvents(events.map(toInngestPayload))) {
    await inngest.send(chunk);
  }
}
