import { sql } from 'drizzle-orm';
import { getDb, getDbMode, type Db } from '@/db';
import { getMigrationStatus } from '@/db/migrations';
import { isAppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { getProviderStatus, type ProviderStatus } from '@/lib/providers/status';
import pkg from '@/package.json';

const DB_CHECK_TIMEOUT_MS = 3_000;

export type HealthReport = {
  status: 'ok' | 'down';
  db: { ok: boolean; mode: 'embedded' | 'external'; migrations: 'current' | 'behind' | 'unknown'; latencyMs?: number; error?: string };
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

/** The app is up only when its database answers and its schema is current. */
export async function getHealthReport(): Promise<HealthReport> {
  const mode = getDbMode();
  const base = { providers: getProviderStatus(), version: pkg.version };
  try {
    const { latencyMs, migrations } = await withTimeout(checkDb(getDb()), DB_CHECK_TIMEOUT_MS);
    const ok = migrations === 'current';
    return { status: ok ? 'ok' : 'down', db: { ok, mode, migrations, latencyMs, ...(ok ? {} : { error: 'Migrations are behind: run `npm run db:migrate`.' }) }, ...base };
  } catch (error) {
    log.warn({ err: error }, 'health: database check failed');
    const message = isAppError(error) ? error.message : 'The database is unreachable.';
    return { status: 'down', db: { ok: false, mode, migrations: 'unknown', error: message }, ...base };
  }
}
