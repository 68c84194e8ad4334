import { Cron } from 'croner';
import { getDb, type Db } from '@/db';
import type { JobRun } from '@/db/schema';
import { log } from '@/lib/log';
import type { JobEvent } from '../events';
import { JOBS } from '../registry';
import type { CronJob, JobDefinition } from '../types';
import { claimRuns, msUntilNextDue, releaseRuns } from './claim-runs';
import { executeRun, type RunOutcome } from './execute-run';
import { registerSchedules } from '../schedules';
import { enqueueCronTick, enqueueEvents } from './queue';
import { registerWaker } from './wake';

export { wakeLocalRunner } from './wake';

export type LocalRunnerOptions = {
  db: Db;
  /** The registry's jobs unless given (tests pass their own). */
  jobs?: readonly JobDefinition[];
  pollMs?: number;
  /** Runs executing at once in this process. */
  concurrency?: number;
  leaseMs?: number;
};

export type DrainResult = Record<RunOutcome, number> & { timedOut: boolean };

export type LocalRunner = {
  /** Registers the schedules, starts one cron per cron job and the poll timer. */
  start(): Promise<void>;
  /** Stops the crons and the poll, then waits for the runs in flight. */
  stop(): Promise<void>;
  /** Looks for due runs now (started runners only). */
  wake(): void;
  /** Claims what is due now (up to `concurrency`) and waits for those runs; returns how many it ran. */
  runDueOnce(): Promise<number>;
  /** Runs everything due, and everything that becomes due before the timeout (retries, sent events). */
  drain(options?: { timeoutMs?: number }): Promise<DrainResult>;
};

const DEFAULT_LEASE_MS = 5 * 60_000;

// Croner fires on the minute; a callback a moment early or late still names the minute it was fired for.
function tickTime(now = Date.now()): Date {
  return new Date(Math.floor((now + 1_000) / 60_000) * 60_000);
}

function concurrencySlot(jobs: readonly JobDefinition[], run: JobRun): { key: string; limit: number } | null {
  const job = jobs.find((candidate) => candidate.id === run.jobId);
  if (job?.kind !== 'event' || !job.concurrency || !run.orgId) return null;
  return { key: `${run.jobId}:${run.orgId}`, limit: job.concurrency.limit };
}

export function createLocalRunner({ db, jobs = JOBS, pollMs = 1_000, concurrency = 4, leaseMs = DEFAULT_LEASE_MS }: LocalRunnerOptions): LocalRunner {
  const inFlight = new Map<string, Promise<void>>();
  // Runs in flight per `job:org`, for jobs that cap how many of a workspace's runs execute at once.
  const slots = new Map<string, { used: number; limit: number }>();
  const outcomes: Record<RunOutcome, number> = { succeeded: 0, retrying: 0, failed: 0, superseded: 0 };
  let started = false;
  let stopped = false;
  let draining = 0;
  let filling: Promise<number> | null = null;
  let fillAgain = false;
  let crons: Cron[] = [];
  let pollTimer: ReturnType<typeof setInterval> | null = null;
  let unregisterWaker: (() => void) | null = null;

  function saturatedSlots(): string[] {
    return [...slots.entries()].filter(([, slot]) => slot.used >= slot.limit).map(([key]) => key);
  }

  function startRun(run: JobRun, slot: { key: string; limit: number } | null) {
    if (slot) slots.set(slot.key, { used: (slots.get(slot.key)?.used ?? 0) + 1, limit: slot.limit });
    const sendEvents = (events: JobEvent[]) => enqueueEvents(db, events, { jobs });
    const done = executeRun(run, { db, jobs, leaseMs, sendEvents })
      .then((outcome) => void (outcomes[outcome] += 1))
      // Only recording the outcome can land here (the database is unreachable): the lease brings the run back.
      .catch((err: unknown) => log.error({ err, jobId: run.jobId, runId: run.id }, 'could not record a job run outcome'))
      .finally(() => {
        inFlight.delete(run.id);
        if (slot) releaseSlot(slot.key);
        if ((started && !stopped) || draining > 0) requestFill();
      });
    inFlight.set(run.id, done);
  }

  function releaseSlot(key: string) {
    const slot = slots.get(key);
    if (!slot) return;
    if (slot.used <= 1) slots.delete(key);
    else slot.used -= 1;
  }

  async function claimOnce(): Promise<number> {
    const free = concurrency - inFlight.size;
    if (free <= 0) return 0;
    const runs = await claimRuns(db, { limit: free, leaseMs, excludeJobOrgs: saturatedSlots() });
    const handBack: JobRun[] = [];
    for (const run of runs) {
      const slot = concurrencySlot(jobs, run);
      if (slot && (slots.get(slot.key)?.used ?? 0) >= slot.limit) handBack.push(run);
      else startRun(run, slot);
    }
    if (handBack.length > 0) await releaseRuns(db, handBack);
    return runs.length - handBack.length;
  }

  // One claim at a time per runner: two overlapping claims would both count the same free slots.
  function fill(): Promise<number> {
    if (filling) {
      fillAgain = true;
      return filling;
    }
    filling = (async () => {
      let claimed = 0;
      try {
        do {
          fillAgain = false;
          claimed += await claimOnce();
        } while (fillAgain && inFlight.size < concurrency);
      } finally {
        filling = null;
      }
      return claimed;
    })();
    return filling;
  }

  // Waits until no claim and no run is in progress (runs finishing now claim nothing new once stopped or drained).
  async function settle() {
    while (filling || inFlight.size > 0) {
      await filling?.catch(() => 0);
      await Promise.allSettled([...inFlight.values()]);
    }
  }

  function requestFill() {
    fill().catch((err: unknown) => log.error({ err }, 'the job runner could not claim runs'));
  }

  function wake() {
    if (started && !stopped) requestFill();
  }

  function startCron(job: CronJob): Cron {
    return new Cron(job.cron, { timezone: 'UTC', protect: true, unref: true }, async () => {
      try {
        await enqueueCronTick(db, job, tickTime());
        wake();
      } catch (err) {
        log.error({ err, jobId: job.id }, 'could not queue a cron tick');
      }
    });
  }

  return {
    async start() {
      if (started) return;
      started = true;
      crons = jobs.filter((job): job is CronJob => job.kind === 'cron').map(startCron);
      pollTimer = setInterval(wake, pollMs);
      pollTimer.unref();
      unregisterWaker = registerWaker(wake);
      // Health reads registered_at; if the database is down now, each tick registers its job later.
      await registerSchedules(db, jobs, { updateCron: true }).catch((err: unknown) => log.error({ err }, 'could not register job schedules'));
      wake();
    },

    async stop() {
      stopped = true;
      for (const cron of crons) cron.stop();
      if (pollTimer) clearInterval(pollTimer);
      unregisterWaker?.();
      await settle();
    },

    wake,

    async runDueOnce() {
      const claimed = await fill();
      await Promise.allSettled([...inFlight.values()]);
      return claimed;
    },

    async drain({ timeoutMs = 60_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      const before = { ...outcomes };
      let timedOut = false;
      draining += 1;
      try {
        for (;;) {
          if (Date.now() >= deadline) {
            timedOut = true;
            break;
          }
          const claimed = await fill();
          if (inFlight.size > 0) {
            await Promise.race(inFlight.values());
            continue;
          }
          if (claimed > 0) continue;
          // Nothing due now: wait for the next backoff (or dead lease) to end if it ends before the deadline.
          const waitMs = await msUntilNextDue(db);
          if (waitMs === null || Date.now() + waitMs > deadline) break;
          await new Promise((resolve) => setTimeout(resolve, Math.max(1, waitMs)));
        }
      } finally {
        draining -= 1;
      }
      await settle();
      return {
        succeeded: outcomes.succeeded - before.succeeded,
        retrying: outcomes.retrying - before.retrying,
        failed: outcomes.failed - before.failed,
        superseded: outcomes.superseded - before.superseded,
        timedOut,
      };
    },
  };
}

const globalForRunner = globalThis as unknown as { beaconLocalRunner?: LocalRunner };

/** Starts this process's runner once (dev reloads re-run instrumentation; the runner must not double). */
export function startLocalRunner(options: Partial<LocalRunnerOptions> = {}): LocalRunner {
  if (globalForRunner.beaconLocalRunner) return globalForRunner.beaconLocalRunner;
  const runner = createLocalRunner({ ...options, db: options.db ?? getDb() });
  globalForRunner.beaconLocalRunner = runner;
  runner.start().catch((err: unknown) => log.error({ err }, 'the local job runner could not start'));
  return runner;
}

/** Runs every due run (and what they lead to) to completion without timers: for tests and benchmarks. */
export async function runJobsUntilIdle(
  db: Db,
  { jobs, concurrency, timeoutMs }: { jobs?: readonly JobDefinition[]; concurrency?: number; timeoutMs?: number } = {},
): Promise<DrainResult> {
  return createLocalRunner({ db, jobs, concurrency }).drain({ timeoutMs });
}
