import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobEvent } from '@/lib/jobs/events';
import { inngest } from './client';
import { sendInngestEvents } from './send';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sendInngestEvents', () => {
  it('sends every event once, in request-sized batches, with its id as the Inngest event id', async () => {
    const send = vi.spyOn(inngest, 'send').mockResolvedValue({ ids: [] });
    const orgId = randomUUID();
    const events: JobEvent[] = Array.from({ length: 2_345 }, (_, i) => ({
      name: 'insights/org.scan',
      data: { orgId, scheduledFor: '2026-12-02T08:00:00.000Z' },
      id: `scan:${i}`,
    }));
    await sendInngestEvents(events);

    const batches = send.mock.calls.map(([payload]) => payload as { id?: string }[]);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.every((batch) => batch.length <= 1_000)).toBe(true);
    expect(batches.flat().map((event) => event.id)).toEqual(events.map((event) => event.id));
  });

  it('sends nothing for no events', async () => {
    const send = vi.spyOn(inngest, 'send').mockResolvedValue({ ids: [] });
    await sendInngestEvents([]);
    expect(send).not.toHaveBeenCalled();
  });
});
