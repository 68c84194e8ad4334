import { stringify } from 'csv-stringify/sync';
import postgres from 'postgres';
import { createDb } from '@/db';
import { withDatabase } from '@/db/embedded';
import { runMigrations } from '@/db/migrations';
import { users } from '@/db/schema';
import { createImport, getImport } from '@/lib/leads/import/imports';
import { runImport } from '@/lib/leads/import/run-import';
import { startImport } from '@/lib/leads/import/start-import';
import { createOrg } from '@/lib/orgs/orgs';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

function csvFile() {
  const rows: string[][] = [['Name', 'Email', 'Company', 'Title', 'Phone', 'Source', 'Tags', 'Value']];
  for (let i = 1; i <= ROWS; i++) {
    rows.push([`Lead ${i}`, `lead${i}@company${i % 997}.example`, `Company ${i % 997}`, i % 3 ? 'Engineer' : 'Head of Sales', `+1 555 ${String(i).padStart(7, '0')}`, 'trade-show', 'csv; bulk', String(i % 5000)]);
  }
  return Buffer.from(stringify(rows));
}

/**
 * A 100,000-row CSV import through the same domain functions the import wizard calls: the upload (stored,
 * rows counted), then the worker's batches, first into an empty workspace and then again with dedupe
 * "update" over the same emails. Runs in a scratch database that is dropped afterwards.
 */
export async function leadImport(serverUrl: string) {
  const scratch = `beacon_bench_import_${Date.now().toString(36)}`;
  const admin = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${scratch}"`);
  const url = withDatabase(serverUrl, scratch);
  await runMigrations(url);
  const { db, client } = createDb(url, { max: 4 });
  const results: Record<string, unknown> = {};
  try {
    const [owner] = await db.insert(users).values({ email: 'import@bench.example', name: 'Bench', emailVerified: new Date() }).returning();
    const org = await createOrg(db, owner!.id, { name: 'Import bench', slug: 'import-bench' });
    const ctx = { db, user: { id: owner!.id, email: owner!.email, name: owner!.name, isStaff: false }, org, role: 'owner' as const, actor: 'user' as const, now: new Date() };
    const file = csvFile();
    for (const dedupe of ['skip', 'update'] as const) {
      const t0 = performance.now();
      const { import: uploaded, preview } = await createImport(ctx, { fileName: 'bench.csv', file });
      const t1 = performance.now();
      await startImport(ctx, { importId: uploaded.id, mapping: preview.suggestedMapping, dedupe, tags: [] });
      await runImport(db, { importId: uploaded.id });
      const t2 = performance.now();
      const done = await getImport(db, { orgId: org.id, importId: uploaded.id });
      results[dedupe === 'skip' ? 'new leads' : 'same emails, dedupe=update'] = {
        rows: done.processedRows,
        created: done.createdCount,
        updated: done.updatedCount,
        'file MB': +(file.length / 1024 / 1024).toFixed(1),
        'upload s': +((t1 - t0) / 1000).toFixed(2),
        'import s': +((t2 - t1) / 1000).toFixed(2),
        'rows/s': Math.round(done.processedRows / ((t2 - t0) / 1000)),
      };
    }
  } finally {
    await client.end();
    await admin.unsafe(`drop database if exists "${scratch}" with (force)`);
    await admin.end();
  }
  return results;
}
