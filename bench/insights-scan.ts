import postgres from 'postgres';
import { createDb, type Db } from '@/db';
import { withDatabase } from '@/db/embedded';
import { runMigrations } from '@/db/migrations';
import { INSIGHT_RULES } from '@/db/schema/values';
import { INSIGHTS_FAN_OUT_JOB, INSIGHTS_ORG_SCAN_JOB } from '@/lib/insights/jobs';
import { RULES } from '@/lib/insights/rule-catalog';
import { SNAPSHOT_QUERIES } from '@/lib/insights/snapshot';
import { runJobsUntilIdle } from '@/lib/jobs/local/local-runner';
import { enqueueCronTick } from '@/lib/jobs/local/queue';
import { seedInsightWorkspaces } from './insights-seed';

// `npm run bench insights-scan -- --orgs=500` for a quick check; the default is the full 10,000 × 100.
function option(name: string, fallback: number) {
  const arg = process.argv.find((candidate) => candidate.startsWith(`--${name}=`));
  const value = Number(arg?.split('=')[1] ?? process.env[`BENCH_INSIGHTS_${name.toUpperCase().replace('-', '_')}`] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const seconds = (ms: number) => +(ms / 1000).toFixed(2);

/** The indexes a plan reads, by name, from its "… Scan using <index>" and "Bitmap Index Scan on <index>" lines. */
function indexesIn(plan: string[]) {
  const names = plan.flatMap((line) => [...line.matchAll(/(?:Index Only Scan|Index Scan)(?: Backward)? using (\S+)|Bitmap Index Scan on (\S+)/g)].map((m) => m[1] ?? m[2]));
  return [...new Set(names)].join(', ') || 'none (sequential scan)';
}

async function explainRules(db: Db, client: postgres.Sql, orgId: string) {
  const rows: Record<string, unknown> = {};
  for (const rule of INSIGHT_RULES) {
    const query = SNAPSHOT_QUERIES[rule](db, { orgId, now: new Date(), threshold: RULES[rule].defaultThreshold }).toSQL();
    const result = await client.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${query.sql}`, query.params as postgres.ParameterOrJSON<never>[]);
    const plan = result.map((row) => row['QUERY PLAN']);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) — ${rule}\n${plan.join('\n')}`);
    const execution = plan.find((line) => line.startsWith('Execution Time'));
    rows[`${rule} SQL`] = { indexes: indexesIn(plan), 'execution ms': execution ? Number(execution.replace(/[^\d.]/g, '')) : null };
  }
  return rows;
}

async function roundFigures(client: postgres.Sql, since: string) {
  const [figures] = await client<{ scans: number; failed: number; avg_ms: number; p95_ms: number; fan_out_ms: number; insights: number; acted: number; tasks: number; notifications: number }[]>`
    select
      (select count(*)::int from job_runs where job_id = ${INSIGHTS_ORG_SCAN_JOB.id} and status = 'succeeded' and created_at >= ${since}::timestamptz) as scans,
      (select count(*)::int from job_runs where job_id = ${INSIGHTS_ORG_SCAN_JOB.id} and status <> 'succeeded' and created_at >= ${since}::timestamptz) as failed,
      (select round(avg(extract(epoch from finished_at - started_at) * 1000))::int from job_runs where job_id = ${INSIGHTS_ORG_SCAN_JOB.id} and created_at >= ${since}::timestamptz) as avg_ms,
      (select round(percentile_cont(0.95) within group (order by extract(epoch from finished_at - started_at) * 1000))::int from job_runs where job_id = ${INSIGHTS_ORG_SCAN_JOB.id} and created_at >= ${since}::timestamptz) as p95_ms,
      (select round(extract(epoch from finished_at - started_at) * 1000)::int from job_runs where job_id = ${INSIGHTS_FAN_OUT_JOB.id} and created_at >= ${since}::timestamptz limit 1) as fan_out_ms,
      (select count(*)::int from insights) as insights,
      (select count(*)::int from insights where status = 'acted') as acted,
      (select count(*)::int from tasks where source = 'insight') as tasks,
      (select count(*)::int from notifications) as notifications`;
  return figures!;
}

/** Queues the fan-out for `tick` and drains it and every scan it starts; the figures cover this round only. */
async function runRound(db: Db, client: postgres.Sql, { tick, concurrency }: { tick: Date; concurrency: number }) {
  const [row] = await client<{ since: string }[]>`select now()::text as since`;
  const since = row!.since;
  const t0 = performance.now();
  await enqueueCronTick(db, INSIGHTS_FAN_OUT_JOB, tick);
  const drained = await runJobsUntilIdle(db, { jobs: [INSIGHTS_FAN_OUT_JOB, INSIGHTS_ORG_SCAN_JOB], concurrency, timeoutMs: 4 * 3_600_000 });
  const totalMs = performance.now() - t0;
  const figures = await roundFigures(client, since);
  return {
    'total s': seconds(totalMs),
    'scans/s': Math.round(figures.scans / (totalMs / 1000)),
    'fan-out s': seconds(figures.fan_out_ms),
    'scan avg ms': figures.avg_ms,
    'scan p95 ms': figures.p95_ms,
    'runs not succeeded': figures.failed + (drained.timedOut ? 1 : 0),
  };
}

/**
 * One full hourly round of insight scans at scale: 10,000 workspaces × 100 leads (1 M leads, 1 M timeline
 * entries, 100,000 tasks) in a scratch database. The fan-out cron is queued and everything it leads to is
 * drained by the local runner, twice (the first round acts on what the seed left undone, the second is the
 * steady state of later hours); then each rule's SQL is explained for one workspace. `--orgs`, `--leads` and
 * `--concurrency` change the size.
 */
export async function insightsScan(serverUrl: string) {
  const orgs = option('orgs', 10_000);
  const leadsPerOrg = option('leads', 100);
  const concurrency = option('concurrency', 8);
  const scratch = `beacon_bench_insights_${Date.now().toString(36)}`;
  const admin = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${scratch}"`);
  const url = withDatabase(serverUrl, scratch);
  const { db, client } = createDb(url, { max: concurrency + 2 });
  try {
    await runMigrations(url);
    console.log(`Seeding ${orgs.toLocaleString('en-US')} workspaces × ${leadsPerOrg} leads…`);
    const s0 = performance.now();
    await seedInsightWorkspaces(client, { orgs, leadsPerOrg, log: console.log });
    console.log(`Seeded in ${seconds(performance.now() - s0)} s; draining one hourly round at concurrency ${concurrency}…`);

    // The first round acts on everything the seed left undone; later rounds mostly find their follow-ups open.
    const first = await runRound(db, client, { tick: new Date(), concurrency });
    console.log(`First round in ${first['total s']} s; making every workspace due again for a steady-state round…`);
    await client`update insight_scans set next_run_at = now(), claimed_at = null`;
    const steady = await runRound(db, client, { tick: new Date(Date.now() + 60_000), concurrency });
    const figures = await roundFigures(client, new Date(0).toISOString());

    const [sample] = await client<{ org_id: string }[]>`select org_id from bench_orgs order by (n % 21 = 0) desc, n limit 1`;
    const explained = await explainRules(db, client, sample!.org_id);
    return {
      'first round': { workspaces: orgs, leads: orgs * leadsPerOrg, ...first },
      'steady round': { workspaces: orgs, leads: orgs * leadsPerOrg, ...steady },
      'after both rounds': { insights: figures.insights, acted: figures.acted, 'tasks created': figures.tasks, notifications: figures.notifications },
      ...explained,
    };
  } finally {
    await client.end();
    await admin.unsafe(`drop database if exists "${scratch}" with (force)`);
    await admin.end();
  }
}
