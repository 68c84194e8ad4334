import { parseEvent, type JobEvent } from '@/lib/jobs/events';
import { toJson } from '@/lib/jobs/local/run-step';
import type { JobStep } from '@/lib/jobs/types';
import { chunkEvents, toInngestPayload, type InngestEventPayload } from '../chunk-events';

/** The two Inngest step tools a registry handler may use. */
export type InngestStepTools = {
  run(id: string, fn: () => unknown): Promise<unknown>;
  sendEvent(id: string, payload: InngestEventPayload[]): Promise<unknown>;
};

/**
 * Gives a registry handler our `JobStep` on top of Inngest's step tools. Ids pass through unchanged, so a
 * step memoised by Inngest is the same step the local runner memoises in job_runs.steps.
 */
export function adaptStep(step: InngestStepTools, runId: string): JobStep {
  return {
    async run<T>(id: string, fn: () => Promise<T> | T): Promise<T> {
      // Round-tripped inside the step: a fresh result then equals its memoised replay (Dates become strings),
      // whether or not Inngest ran the step in the same request as the code that reads it.
      return (await step.run(id, async () => toJson(await fn()))) as T;
    },
    async sendEvent(id: string, events: JobEvent | JobEvent[]) {
      // Validated like emitEvents does under the local driver: a bad payload fails the sending run, not the receiver.
      // An event without an id gets one derived from the run and step, as the local runner does, so a resend
      // after a lost checkpoint is deduplicated by Inngest.
      const list = Array.isArray(events) ? events : [events];
      const payloads = list.map((event, index) => toInngestPayload(parseEvent({ ...event, id: event.id ?? `${runId}/${id}/${index}` })));
      const chunks = chunkEvents(payloads);
      // A fan-out larger than one request becomes numbered steps (a suffix no kebab step id of ours uses); the
      // count is stable across replays because the events come from memoised step results.
      for (const [index, chunk] of chunks.entries()) {
        await step.sendEvent(index === 0 ? id : `${id}/part-${index + 1}`, chunk);
      }
    },
  };
}
