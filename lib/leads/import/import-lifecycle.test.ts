import { count, eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leadImports, leads } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { csvOf } from '@/tests/helpers/lead-import';
import { createImport, getImport, getImportStatus, listImports, listStalledImportIds, needsWorker } from './imports';
import { runImport } from './run-import';
import { startImport } from './start-import';

const testDb = setupTestDatabase();
let ctx: Ctx;
let otherCtx: Ctx;

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});
beforeEach(async () => {
  await truncateAll(testDb.db);
  const user = await createTestUser(testDb.db);
  ctx = ctxFor(testDb.db, await createTestOrg(testDb.db, user), user, 'owner');
  const other = await createTestUser(testDb.db);
  otherCtx = ctxFor(testDb.db, await createTestOrg(testDb.db, other), other, 'owner');
});

/** 1,000 rows, every fifth without an email (those could not be deduped, so a replay would show). */
function thousandRows() {
  const rows: string[][] = [['Name', 'Email']];
  for (let i = 1; i <= 1000; i += 1) rows.push([`Lead ${i}`, i % 5 === 0 ? '' : `lead${i}@corp.test`]);
  return csvOf(rows);
}

async function started(file: Buffer) {
  const { import: uploaded } = await createImport(ctx, { fileName: 'leads.csv', file });
  await startImport(ctx, { importId: uploaded.id, mapping: { Name: 'name', Email: 'email' } });
  return uploaded.id;
}

const leadCount = async () => (await testDb.db.select({ n: count() }).from(leads).where(eq(leads.orgId, ctx.org.id)))[0]!.n;

describe('createImport', () => {
  it('reads the header, counts data rows (streamed) and suggests a mapping', async () => {
    const file = Buffer.from('\uFEFFFull name,E-mail,Notes\n"Ada, Countess",ada@x.test,"two\nlines"\n\n,,\nAlan,alan@x.test,\n');
    const { import: created, preview } = await createImport(ctx, { fileName: ' people.csv ', file });
    expect(created).toMatchObject({ status: 'uploaded', fileName: 'people.csv', columns: ['Full name', 'E-mail', 'Notes'], totalRows: 2 });
    expect(created).not.toHaveProperty('file');
    expect(preview.rows).toEqual([['Ada, Countess', 'ada@x.test', 'two\nlines'], ['Alan', 'alan@x.test', '']]);
    expect(preview.suggestedMapping).toEqual({ 'Full name': 'name', 'E-mail': 'email' });
    expect(preview.fields.map((field) => field.value)).toContain('firstName');
    // After a reload the mapping step reads the same preview back from the stored file.
    const status = await getImportStatus(testDb.db, { orgId: ctx.org.id, importId: created.id });
    expect(status.preview?.rows).toEqual(preview.rows);
    expect(status.needsWorker).toBe(false);
  });

  it.each([
    [Buffer.alloc(50 * 1024 * 1024 + 1, 'a'), 'The file is larger than 50 MB'],
    [Buffer.from(''), 'The file is empty'],
    [Buffer.from('Name,Email\n'), 'no data rows'],
    [Buffer.from('Name,Email\n"Ada,ada@x.test\n'), 'not a valid CSV file'],
  ])('refuses a bad file (%#)', async (file, message) => {
    await expect(createImport(ctx, { fileName: 'x.csv', file })).rejects.toThrow(message);
  });
});

describe('startImport', () => {
  it('validates the mapping, starts once, and only in its own workspace', async () => {
    const { import: uploaded } = await createImport(ctx, { fileName: 'x.csv', file: csvOf([['Name', 'Email'], ['Ada', 'ada@x.test']]) });
    await expect(startImport(ctx, { importId: uploaded.id, mapping: { Email: 'email' } })).rejects.toMatchObject({ code: 'bad_request', details: { field: 'mapping' } });
    await expect(startImport(otherCtx, { importId: uploaded.id, mapping: { Name: 'name' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getImport(testDb.db, { orgId: otherCtx.org.id, importId: uploaded.id })).rejects.toMatchObject({ code: 'not_found' });
    const running = await startImport(ctx, { importId: uploaded.id, mapping: { Name: 'name', Email: '' }, dedupe: 'update', tags: [' fair ', 'fair'] });
    expect(running).toMatchObject({ status: 'running', mapping: { Name: 'name' }, dedupe: 'update', tags: ['fair'], heartbeatAt: null });
    expect(needsWorker(running)).toBe(true);
    await expect(startImport(ctx, { importId: uploaded.id, mapping: { Name: 'name' } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await listImports(testDb.db, { orgId: ctx.org.id })).map((item) => item.id)).toEqual([uploaded.id]);
    expect(await listImports(testDb.db, { orgId: otherCtx.org.id })).toEqual([]);
  });

  it('does not run an import that was never started', async () => {
    const { import: uploaded } = await createImport(ctx, { fileName: 'x.csv', file: csvOf([['Name'], ['Ada']]) });
    expect(await runImport(testDb.db, { importId: uploaded.id })).toEqual({ outcome: 'not_claimed' });
  });
});

describe('runImport resume and concurrency', () => {
  it('resumes after a crash from the last committed batch, without duplicating rows', async () => {
    const importId = await started(thousandRows());
    // A worker that ran out of time after its first batch of 300.
    expect(await runImport(testDb.db, { importId, batchSize: 300, budgetMs: 0 })).toEqual({ outcome: 'paused' });
    expect(await leadCount()).toBe(300);
    // Simulate a worker that died mid-import: it still holds a fresh heartbeat, so nobody may take over…
    await testDb.db.update(leadImports).set({ heartbeatAt: sql`now()` }).where(eq(leadImports.id, importId));
    expect(await runImport(testDb.db, { importId, batchSize: 300 })).toEqual({ outcome: 'not_claimed' });
    expect(needsWorker(await getImport(testDb.db, { orgId: ctx.org.id, importId }))).toBe(false);
    expect(await listStalledImportIds(testDb.db)).not.toContain(importId);
    // …until the heartbeat is older than 30 s.
    await testDb.db.update(leadImports).set({ heartbeatAt: sql`now() - interval '31 seconds'` }).where(eq(leadImports.id, importId));
    expect(needsWorker(await getImport(testDb.db, { orgId: ctx.org.id, importId }))).toBe(true);
    // The scheduled sweep finds it too, for imports nobody is watching.
    expect(await listStalledImportIds(testDb.db)).toContain(importId);
    expect(await runImport(testDb.db, { importId, batchSize: 300 })).toEqual({ outcome: 'completed' });

    expect(await getImport(testDb.db, { orgId: ctx.org.id, importId })).toMatchObject({ status: 'completed', processedRows: 1000, createdCount: 1000, skippedCount: 0, errorCount: 0 });
    expect(await leadCount()).toBe(1000);
  });

  it('lets only one of two concurrent workers run an import', async () => {
    const importId = await started(thousandRows());
    const outcomes = await Promise.all([runImport(testDb.db, { importId, batchSize: 100 }), runImport(testDb.db, { importId, batchSize: 100 })]);
    expect(outcomes.map((result) => result.outcome).sort()).toEqual(['completed', 'not_claimed']);
    expect(await getImport(testDb.db, { orgId: ctx.org.id, importId })).toMatchObject({ processedRows: 1000, createdCount: 1000 });
    expect(await leadCount()).toBe(1000);
  });

  it('continues from the processedRows stored on the import', async () => {
    const importId = await started(thousandRows());
    // As if a crashed worker had committed one batch of 100 rows (their leads are not made here).
    await testDb.db.update(leadImports).set({ processedRows: 100 }).where(eq(leadImports.id, importId));
    expect(await runImport(testDb.db, { importId, batchSize: 1000 })).toEqual({ outcome: 'completed' });
    expect(await getImport(testDb.db, { orgId: ctx.org.id, importId })).toMatchObject({ processedRows: 1000, createdCount: 900 });
    expect(await leadCount()).toBe(900);
    expect(await testDb.db.$count(leads, eq(leads.name, 'Lead 100'))).toBe(0);
    expect(await testDb.db.$count(leads, eq(leads.name, 'Lead 101'))).toBe(1);
  });

  it('fails with a message when the file turns out broken, keeping the leads imported so far', async () => {
    const good = Array.from({ length: 600 }, (_, i) => `Lead ${i},lead${i}@corp.test`).join('\n');
    const importId = await started(Buffer.from(`Name,Email\n${good}\n`));
    // A file damaged in storage after the upload check: an unclosed quote after row 600.
    await testDb.db.update(leadImports).set({ file: Buffer.from(`Name,Email\n${good}\nBroken,"unclosed\n`) }).where(eq(leadImports.id, importId));
    expect(await runImport(testDb.db, { importId })).toEqual({ outcome: 'failed' });
    const failed = await getImport(testDb.db, { orgId: ctx.org.id, importId });
    expect(failed).toMatchObject({ status: 'failed', processedRows: 500, createdCount: 500, heartbeatAt: null });
    expect(failed.failure).toBe('The import stopped after 500 rows because of an unexpected error. The leads imported before that were kept.');
    expect(await leadCount()).toBe(500);
  });
});
