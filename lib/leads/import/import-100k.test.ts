import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { leads } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { csvOf, importCsv } from '@/tests/helpers/lead-import';

const testDb = setupTestDatabase();
const ROWS = 100_000;

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

describe('a 100,000-row import', () => {
  it('completes, with every lead stored and scored', { timeout: 600_000 }, async () => {
    const user = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, user);
    const ctx = ctxFor(testDb.db, org, user, 'owner');
    const rows: string[][] = [['Name', 'Email', 'Company', 'Title', 'Phone', 'Source', 'Tags', 'Value']];
    for (let i = 1; i <= ROWS; i += 1) {
      rows.push([`Lead ${i}`, `lead${i}@company${i % 997}.test`, `Company ${i % 997}`, i % 3 ? 'Engineer' : 'Head of Sales', `+1 555 ${String(i).padStart(7, '0')}`, 'trade-show', 'csv; bulk', String(i % 5000)]);
    }
    const file = csvOf(rows);
    const startedAt = performance.now();
    const { outcome, result } = await importCsv(ctx, file, { tags: ['100k'] });
    const seconds = (performance.now() - startedAt) / 1000;
    // eslint-disable-next-line no-console -- the timing is quoted in the release notes
    console.log(`100k-row import (${(file.length / 1024 / 1024).toFixed(1)} MB): ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds)} rows/s (upload parse + ${ROWS / 500} batches of 500)`);

    expect(outcome).toBe('completed');
    expect(result).toMatchObject({ status: 'completed', totalRows: ROWS, processedRows: ROWS, createdCount: ROWS, errorCount: 0 });
    const [stored] = await testDb.db.select({ n: count() }).from(leads).where(eq(leads.orgId, org.id));
    expect(stored!.n).toBe(ROWS);
    const [sample] = await testDb.db.select().from(leads).where(eq(leads.email, 'lead3@company3.test'));
    expect(sample).toMatchObject({ name: 'Lead 3', title: 'Head of Sales', tags: ['csv', 'bulk', '100k'], valueCents: 300 });
    expect(sample!.score).toBeGreaterThan(0);
  });
});
