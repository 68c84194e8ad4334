import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { createDb } from '@/db';
import { withDatabase } from '@/db/embedded';
import { runMigrations } from '@/db/migrations';
import { auditLogs } from '@/db/schema';
import { measure } from './stats';

const OPERATIONS = 10_000;

/**
 * Inserts and primary-key selects through Drizzle at concurrency 1 and 20, in a scratch database on the
 * configured server (created and dropped here, so no real data is touched).
 */
export async function dbRoundtrip(serverUrl: string) {
  const scratch = `beacon_bench_${Date.now().toString(36)}`;
  const admin = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${scratch}"`);
  const url = withDatabase(serverUrl, scratch);
  await runMigrations(url);
  const { db, client } = createDb(url, { max: 10 });
  const results: Record<string, unknown> = {};
  try {
    for (const concurrency of [1, 20]) {
      const ids: string[] = [];
      results[`insert c=${concurrency}`] = await measure(OPERATIONS, concurrency, async (i) => {
        const [row] = await db.insert(auditLogs).values({ actorType: 'system', action: `bench.${i}` }).returning({ id: auditLogs.id });
        ids.push(row!.id);
      });
      results[`select c=${concurrency}`] = await measure(OPERATIONS, concurrency, (i) =>
        db.select().from(auditLogs).where(eq(auditLogs.id, ids[i % ids.length]!)),
      );
    }
  } finally {
    await client.end();
    await admin.unsafe(`drop database if exists "${scratch}" with (force)`);
    await admin.end();
  }
  return results;
}
