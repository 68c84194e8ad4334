import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type Db } from '@/db';
import { withDatabase } from '@/db/embedded';

/**
 * Gives the calling test file its own database, copied from the run's migrated template, so files can
 * run in parallel without seeing each other's rows. Returns a getter because the database exists only
 * after beforeAll.
 */
export function setupTestDatabase() {
  const serverUrl = inject('testServerUrl');
  const template = inject('testTemplateDatabase');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  let handle: ReturnType<typeof createDb> | undefined;

  beforeAll(async () => {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${template}"`);
    await admin.end();
    handle = createDb(withDatabase(serverUrl, name), { max: 5 });
  });

  afterAll(async () => {
    await handle?.client.end();
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  return {
    get db(): Db {
      if (!handle) throw new Error('setupTestDatabase(): the database is ready only inside tests and hooks');
      return handle.db;
    },
    get url(): string {
      return withDatabase(serverUrl, name);
    },
  };
}

/** Empties every table of the public schema (keeps the migration history). */
export async function truncateAll(db: Db) {
  await db.execute(sql`
    do $$ declare r record; begin
      for r in select tablename from pg_tables where schemaname = 'public' loop
        execute format('truncate table %I cascade', r.tablename);
      end loop;
    end $$;`);
}
