import { InngestTestEngine } from '@inngest/test';
import { asc, eq, ne, notLike } from 'drizzle-orm';
import type { Db } from '@/db';
import { activities, emailMessages, leadReplyDrafts, insights, insightScans, jobRuns, leadRoutingSettings, leads, notifications, tasks, type JobRun } from '@/db/schema';
import type { JobEvent } from '@/lib/jobs/events';
import { claimRuns } from '@/lib/jobs/local/claim-runs';
import { executeRun } from '@/lib/jobs/local/execute-run';
import { enqueueCronTick, enqueueEvents } from '@/lib/jobs/local/queue';
import type { JobDefinition } from '@/lib/jobs/types';
import { createInngestFunction } from './functions/create-inngest-function';
import { createCaptureClient } from './test-client';

/**
 * Runs one registry job once under each driver, each in its own database holding the same scenario, and
 * reduces what happened to a driver-neutral form: ids become their scenario labels (or `<new>` for rows the
 * run created), timestamps near the run become `<now>`, and columns only one driver fills are dropped.
 */

export type ParityTrigger = { event: JobEvent & { id: string } } | { tick: Date };
/** uuid → name for the rows the scenario created (its workspace, users, leads, stages…). */
export type Labels = Record<string, string>;

export type DriverOutcome = {
  result: unknown;
  sent: unknown[];
  run: unknown;
  followUps: unknown[];
  effects: Record<string, unknown[]>;
};

const EFFECT_TABLES = { leads, tasks, notifications, activities, insights, insightScans, emailMessages, leadRoutingSettings, leadReplyDrafts };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})/g;
// Set by the database clock or by a driver's bookkeeping, never by the job.
const VOLATILE_KEYS = new Set(['createdAt', 'updatedAt', 'startedAt', 'finishedAt', 'runAfter', 'leaseExpiresAt', 'key', 'steps', 'id']);
const NEAR_NOW_MS = 10 * 60_000;

function normalize(value: unknown, labels: Labels, { keepIds = false } = {}): unknown {
  const json = JSON.stringify(value ?? null, (key, field: unknown) => (!keepIds && VOLATILE_KEYS.has(key) ? undefined : field));
  const named = json
    .replace(UUID, (id) => labels[id.toLowerCase()] ?? '<new>')
    .replace(ISO_TIME, (time) => (Math.abs(new Date(time).getTime() - Date.now()) < NEAR_NOW_MS ? '<now>' : new Date(time).toISOString()));
  return JSON.parse(named);
}

function sorted(rows: unknown[]): unknown[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function snapshotEffects(db: Db, labels: Labels): Promise<Record<string, unknown[]>> {
  const effects: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(EFFECT_TABLES)) {
    effects[name] = sorted((await db.select().from(table)).map((row) => normalize(row, labels)));
  }
  return effects;
}

const runProjection = (row: JobRun | undefined) =>
  row && { jobId: row.jobId, status: row.status, attempts: row.attempts, maxAttempts: row.maxAttempts, trigger: row.trigger, eventName: row.eventName, payload: row.payload, orgId: row.orgId, result: row.result, error: row.error };

const followUpProjection = (row: JobRun) => ({ jobId: row.jobId, status: row.status, trigger: row.trigger, eventName: row.eventName, payload: row.payload, orgId: row.orgId });

/** Events the run sent, with ids it derived from its own run id made comparable. */
function normalizeSent(sent: { name: string; data: unknown; id?: string }[], runId: string, labels: Labels) {
  return sorted(sent.map((event) => normalize({ ...event, sentId: event.id?.replace(runId, '<run>') ?? null }, labels)));
}

async function outcomeOf(db: Db, labels: Labels, parts: { result: unknown; sent: unknown[]; run: JobRun | undefined; followUps: JobRun[] }): Promise<DriverOutcome> {
  return {
    result: normalize(parts.result, labels),
    sent: parts.sent,
    run: normalize(runProjection(parts.run), labels),
    followUps: sorted(parts.followUps.map((row) => normalize(followUpProjection(row), labels))),
    effects: await snapshotEffects(db, labels),
  };
}

/** Through the Inngest function (InngestTestEngine, real steps), on the database `getDb()` opens. */
export async function runOnInngest(db: Db, job: JobDefinition, trigger: ParityTrigger, labels: Labels): Promise<DriverOutcome> {
  await db.delete(jobRuns);
  const { client, sent } = createCaptureClient();
  const engine = new InngestTestEngine({ function: createInngestFunction(job, client) });
  const events =
    'event' in trigger
      ? [{ name: trigger.event.name, data: trigger.event.data, id: trigger.event.id }]
      : [{ name: 'inngest/scheduled.timer', data: { cron: job.kind === 'cron' ? job.cron : '' }, ts: trigger.tick.getTime() }];
  const output = await engine.execute({ events: events as [(typeof events)[number]] });
  if ('error' in output && output.error) throw new Error(`Inngest run of ${job.id} failed: ${JSON.stringify(output.error)}`);
  // The test engine starts each step's request with a new run id (Inngest keeps one): the final one finished it.
  const [run] = await db.select().from(jobRuns).where(eq(jobRuns.key, `inngest:${output.ctx.runId}`));
  const followUps = await db.select().from(jobRuns).where(notLike(jobRuns.key, 'inngest:%')).orderBy(asc(jobRuns.createdAt));
  return outcomeOf(db, labels, { result: output.result, sent: normalizeSent(sent, output.ctx.runId, labels), run, followUps });
}

/** Through the local runner's own claim and execution, with the events it sends captured. */
export async function runOnLocalRunner(db: Db, job: JobDefinition, trigger: ParityTrigger, labels: Labels): Promise<DriverOutcome> {
  await db.delete(jobRuns);
  if ('event' in trigger) await enqueueEvents(db, [trigger.event], { jobs: [job] });
  else if (job.kind === 'cron') await enqueueCronTick(db, job, trigger.tick);
  const [claimed] = await claimRuns(db, { limit: 1, leaseMs: 60_000 });
  if (!claimed) throw new Error(`The local runner found no run of ${job.id} to claim`);
  const sent: JobEvent[] = [];
  const outcome = await executeRun(claimed, { db, jobs: [job], leaseMs: 60_000, sendEvents: async (events) => sent.push(...events) });
  const [run] = await db.select().from(jobRuns).where(eq(jobRuns.id, claimed.id));
  if (outcome !== 'succeeded') throw new Error(`Local run of ${job.id} ended ${outcome}: ${run?.error}`);
  const followUps = await db.select().from(jobRuns).where(ne(jobRuns.id, claimed.id)).orderBy(asc(jobRuns.createdAt));
  return outcomeOf(db, labels, { result: run?.result, sent: normalizeSent(sent, claimed.id, labels), run, followUps });
}
