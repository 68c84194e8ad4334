import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { JOBS } from '@/lib/jobs/registry';
import { inngestFunctions } from './index';

const functionOf = (id: string) => inngestFunctions.find((fn) => fn.opts.id === id);

describe('inngestFunctions', () => {
  it('serves every registry job once, under its own id', () => {
    expect(inngestFunctions.map((fn) => fn.opts.id)).toEqual(JOBS.map((job) => job.id));
    expect(new Set(JOBS.map((job) => job.id)).size).toBe(JOBS.length);
  });

  it.each(JOBS.map((job) => [job.id, job] as const))('%s has the trigger, retries and concurrency the registry declares', (id, job) => {
    const fn = functionOf(id)!;
    if (job.kind === 'cron') {
      expect(() => new Cron(job.cron, { paused: true, timezone: 'UTC' })).not.toThrow();
      expect(fn.opts.triggers).toEqual([{ cron: `TZ=UTC ${job.cron}` }]);
      expect(fn.opts.concurrency).toBeUndefined();
    } else {
      expect(fn.opts.triggers).toEqual([{ event: job.event }]);
      expect(fn.opts.concurrency).toEqual(job.concurrency ? { key: 'event.data.orgId', limit: job.concurrency.limit } : undefined);
    }
    expect(fn.opts.retries).toBe(job.retries);
    // What Inngest receives when the app syncs: the retry count becomes the step's attempts.
    const [config] = fn['getConfig']({ baseUrl: new URL('http://127.0.0.1:3000/api/inngest'), appPrefix: 'beacon' });
    expect(config).toMatchObject({ id: `beacon-${id}`, triggers: fn.opts.triggers });
    expect(config!.steps.step!.retries).toEqual({ attempts: job.retries });
  });
});
