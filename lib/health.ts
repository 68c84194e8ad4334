import { sql } from 'drizzle-orm';
import { getDb, getDbMode, type Db } from '@/db';
import { getMigrationStatus } from '@/db/migrations';
import { isAppError } from '@/lib/errors';
import { getJobsHealth, type JobsHealth } from '@/lib/jobs/health';
import { log } from '@/lib/log';
import { getProviderStatus, type ProviderStatus } from '@/lib/providers/status';
import pkg from '@/package.json';

const DB_CHECK_TIMEOUT_MS = 3_000;

export type HealthReport = {
  /** down: the database is unreachable or behind (503). degraded: serving, but background jobs are late or unknown. */
  status: 'ok' | 'degraded' | 'down';
  db: { ok: boolean; mode: 'embedded' | 'external'; migrations: 'current' | 'behind' | 'unknown'; latencyMs?: number; error?: string };
  /** Null when the database cannot be read (or its schema is behind). */
  jobs: JobsHealth | null;
  providers: ProviderStatus;
  version: string;
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function checkDb(db: Db) {
  const started = performance.now();
  await db.execute(sql`select 1`);
  const migrations = await getMigrationStatus(db);
  return { latencyMs: Math.round(performance.now() - started), migrations: migrations.state };
}

/** Job health needs a current schema; a failure here degrades the report instead of taking the app down. */
async function readJobsHealth(db: Db): Promise<JobsHealth | null> {
  try {
    return await withTimeout(getJobsHealth(db), DB_CHECK_TIMEOUT_MS);
  } catch (error) {
    log.warn({ err: error }, 'health: job health check failed');
    return null;
  }
}

/** The app is up only when its database answers and its schema is current; late cron jobs make it degraded. */
export async function getHealthReport(): Promise<HealthReport> {
  const mode = getDbMode();
  const base = { providers: getProviderStatus(), version: pkg.version };
  try {
    const db = getDb();
    const { latencyMs, migrations } = await withTimeout(checkDb(db), DB_CHECK_TIMEOUT_MS);
    if (migrations !== 'current') {
      const error = 'Migrations are behind: run `npm run db:migrate`.';
      return { status: 'down', db: { ok: false, mode, migrations, latencyMs, error }, jobs: null, ...base };
    }
    const jobs = await readJobsHealth(db);
    const status = jobs?.status === 'ok' ? 'ok' : 'degraded';
    return { status, db: { ok: true, mode, migrations, latencyMs }, jobs, ...base };
  } catch (error) {
    log.warn({ err: error }, 'health: database check failed');
    const message = isAppError(error) ? error.message : 'The database is unreachable.';
    return { status: 'down', db: { ok: false, mode, migrations: 'unknown', error: message }, jobs: null, ...base };
  }
}
