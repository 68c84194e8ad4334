import { Inngest } from 'inngest';
import { log } from '@/lib/log';
import { JobRunRecorder } from './functions/run-recorder';

type SentEvent = { name: string; data: Record<string, unknown>; id?: string };

/**
 * An Inngest client for tests, recording runs like the app's, whose event API is an in-memory stub: `step.sendEvent` and `send` go through
 * the SDK as in production (serialised, ids kept) and land in `sent` instead of on the network.
 */
export function createCaptureClient() {
  const sent: SentEvent[] = [];
  const requests: number[] = [];
  const fetchStub = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const batch = JSON.parse(String(init?.body ?? '[]')) as SentEvent[];
    requests.push(batch.length);
    sent.push(...batch.map(({ name, data, id }) => ({ name, data, ...(id ? { id } : {}) })));
    return Response.json({ ids: batch.map((event, index) => event.id ?? `stub-${sent.length + index}`), status: 200 });
  }) as typeof fetch;
  const client = new Inngest({ id: 'beacon', isDev: true, fetch: fetchStub, logger: log, middleware: [JobRunRecorder] });
  return { client, sent, requests };
}
