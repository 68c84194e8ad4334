import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import path from 'node:path';
import journal from '@/drizzle/meta/_journal.json';
import { createDb, type Db } from './index';

// Any number works as long as it is fixed: it serialises concurrent migrators on one database.
const MIGRATION_LOCK_ID = 727_001;

export type MigrationStatus = { state: 'current' | 'behind'; applied: number; expected: number };

/** Compares the migrations recorded in the database with the ones shipped in drizzle/. */
export async function getMigrationStatus(db: Db): Promise<MigrationStatus> {
  const expected = journal.entries.length;
  const latestShipped = journal.entries.at(-1)?.when ?? 0;
  const [table] = await db.execute<{ name: string | null }>(
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`,
  );
  if (!table?.name) return { state: 'behind', applied: 0, expected };
  const rows = await db.execute<{ applied: number; latest: string | null }>(
    sql`select count(*)::int as applied, max(created_at)::text as latest from drizzle.__drizzle_migrations`,
  );
  const row = rows[0] ?? { applied: 0, latest: null };
  const latestApplied = row.latest ? Number(row.latest) : 0;
  return { state: latestApplied >= latestShipped ? 'current' : 'behind', applied: row.applied, expected };
}

/**
 * Applies pending migrations from drizzle/ in one transaction (Drizzle's migrator does that), holding an
 * advisory lock so two processes starting at once cannot both migrate.
 */
export async function runMigrations(url: string, migrationsFolder = path.join(process.cwd(), 'drizzle')) {
  // One connection: the advisory lock is per session, so lock, migrate and unlock must share it.
  const { db, client } = createDb(url, { max: 1 });
  try {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    await migrate(db, { migrationsFolder });
    await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
    return await getMigrationStatus(db);
  } finally {
    await client.end({ timeout: 5 });
  }
}
