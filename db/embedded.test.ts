import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureEmbeddedPostgres } from './embedded';

// A throwaway installation root of its own, so this test never touches .data/postgres.
const root = path.join(process.cwd(), '.data', `test-embedded-${randomBytes(4).toString('hex')}`);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function query<T>(url: string, run: (sql: postgres.Sql) => Promise<T>) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

describe('ensureEmbeddedPostgres', () => {
  it('starts a real server, lets a second caller reuse it, and keeps data across restarts', async () => {
    await mkdir(root, { recursive: true });
    const first = await ensureEmbeddedPostgres({ root });
    expect(first.startedHere).toBe(true);
    expect(new URL(first.url).hostname).toBe('127.0.0.1');

    const second = await ensureEmbeddedPostgres({ root });
    expect(second.startedHere).toBe(false);
    expect(second.url).toBe(first.url);

    await query(first.url, async (sql) => {
      await sql`create table kept (value text)`;
      await sql`insert into kept values ('still here')`;
      await sql`create extension if not exists pg_trgm`;
    });
    await first.stop();

    const restarted = await ensureEmbeddedPostgres({ root });
    expect(restarted.startedHere).toBe(true);
    const rows = await query(restarted.url, (sql) => sql`select value from kept`);
    expect(rows.map((r) => r.value)).toEqual(['still here']);
    await restarted.stop();
  }, 60_000);
});
