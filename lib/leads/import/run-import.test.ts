import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leadImports, leads } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { createLead } from '@/lib/leads/create-lead';
import { addActivity } from '@/lib/leads/activities';
import { createCustomField } from '@/lib/leads/custom-fields';
import { createDefaultStages } from '@/lib/leads/stages';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { csvOf, importCsv } from '@/tests/helpers/lead-import';

const testDb = setupTestDatabase();
let ctx: Ctx;

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});
beforeEach(async () => {
  await truncateAll(testDb.db);
  const user = await createTestUser(testDb.db);
  const org = await createTestOrg(testDb.db, user);
  await createDefaultStages(testDb.db, org.id);
  ctx = ctxFor(testDb.db, org, user, 'owner');
});

const leadsOf = (orgId: string) => testDb.db.select().from(leads).where(eq(leads.orgId, orgId)).orderBy(asc(leads.email));
const countLeadsOf = async (orgId: string) => (await testDb.db.select({ n: count() }).from(leads).where(eq(leads.orgId, orgId)))[0]!.n;

describe('runImport', () => {
  it('imports 1,000 rows with 3 bad ones: 997 leads, and the 3 errors with their exact row and column', async () => {
    const rows: string[][] = [['Name', 'Email', 'Company', 'Deal value']];
    for (let i = 1; i <= 1000; i += 1) rows.push([`Lead ${i}`, `lead${i}@acme${i % 7}.test`, `Acme ${i % 7}`, String(i * 10)]);
    rows[100]![0] = ''; // data record 100 → spreadsheet row 101
    rows[500]![1] = 'not-an-email'; // row 501
    rows[999]![3] = 'ten dollars'; // row 1000
    const { outcome, result } = await importCsv(ctx, csvOf(rows), { tags: ['fair-2025'] });

    expect(outcome).toBe('completed');
    expect(result).toMatchObject({ status: 'completed', totalRows: 1000, processedRows: 1000, createdCount: 997, updatedCount: 0, skippedCount: 0, errorCount: 3 });
    expect(result.errors).toEqual([
      { row: 101, column: 'Name', message: 'Name is required.' },
      { row: 501, column: 'Email', message: '"not-an-email" is not a valid email address.' },
      { row: 1000, column: 'Deal value', message: '"ten dollars" is not an amount; use a number like 1250 or 1,250.50.' },
    ]);
    expect(await countLeadsOf(ctx.org.id)).toBe(997);
    const [first] = await testDb.db.select().from(leads).where(eq(leads.email, 'lead1@acme1.test'));
    // Company (10) + business email (10): the fit score is computed at insert.
    expect(first).toMatchObject({ name: 'Lead 1', company: 'Acme 1', valueCents: 1000, tags: ['fair-2025'], score: 20 });
    expect(first!.scoreReasons.map((reason) => reason.factor)).toEqual(['company', 'email_domain']);
    const [stored] = await testDb.db.select({ file: leadImports.file, finishedAt: leadImports.finishedAt }).from(leadImports).where(eq(leadImports.id, result.id));
    expect(stored!.file.length).toBe(0);
    expect(stored!.finishedAt).toBeInstanceOf(Date);
  });

  it("with 'skip' leaves existing leads alone", async () => {
    await createLead(testDb.db, { orgId: ctx.org.id, input: { name: 'Existing', email: 'a@corp.test', company: 'Old Co', source: 'form', tags: ['old'] } });
    const file = csvOf([['Name', 'Email', 'Company', 'Title'], ['New Name', 'A@corp.test', '', 'CEO'], ['Other', 'b@corp.test', 'B Co', '']]);
    const { result } = await importCsv(ctx, file, { dedupe: 'skip', tags: ['batch'] });

    expect(result).toMatchObject({ createdCount: 1, updatedCount: 0, skippedCount: 1, errorCount: 0 });
    const [a, b] = await leadsOf(ctx.org.id);
    expect(a).toMatchObject({ name: 'Existing', company: 'Old Co', title: null, tags: ['old'] });
    expect(b).toMatchObject({ name: 'Other', company: 'B Co', tags: ['batch'] });
  });

  it("with 'update' merges into existing leads like createLead and rescores them with their activities", async () => {
    const { lead } = await createLead(testDb.db, { orgId: ctx.org.id, input: { name: 'Existing', email: 'a@corp.test', company: 'Old Co', source: 'form', tags: ['old'] } });
    await addActivity(ctx, { leadId: lead.id, type: 'call', body: 'Intro call' });
    const file = csvOf([['Name', 'Email', 'Company', 'Title', 'Source'], ['New Name', 'a@corp.test', '', 'CEO', 'csv'], ['Other', 'b@corp.test', 'B Co', '', '']]);
    const { result } = await importCsv(ctx, file, { dedupe: 'update', tags: ['batch'] });

    expect(result).toMatchObject({ createdCount: 1, updatedCount: 1, skippedCount: 0, errorCount: 0 });
    const [a] = await leadsOf(ctx.org.id);
    expect(a).toMatchObject({ id: lead.id, name: 'New Name', company: 'Old Co', title: 'CEO', source: 'form' });
    expect([...a!.tags].sort()).toEqual(['batch', 'old']);
    const factors = a!.scoreReasons.map((reason) => reason.factor);
    expect(factors).toContain('title');
    expect(factors).toContain('activity');
  });

  it.each([
    ['skip', 500, { createdCount: 2, updatedCount: 0, skippedCount: 2 }, { name: 'First', title: null, source: 'fair' }],
    ['update', 500, { createdCount: 2, updatedCount: 2, skippedCount: 0 }, { name: 'Third', title: 'CTO', source: 'fair' }],
    // Batches of 2 put the duplicates in different batches: the same outcome, through the database this time.
    ['skip', 2, { createdCount: 2, updatedCount: 0, skippedCount: 2 }, { name: 'First', title: null, source: 'fair' }],
    ['update', 2, { createdCount: 2, updatedCount: 2, skippedCount: 0 }, { name: 'Third', title: 'CTO', source: 'fair' }],
  ] as const)('folds duplicate emails within the file (%s, batches of %i)', async (dedupe, batchSize, counts, dup) => {
    const file = csvOf([
      ['Name', 'Email', 'Title', 'Source'],
      ['First', 'dup@corp.test', '', 'fair'],
      ['Unique', 'u@corp.test', '', ''],
      ['Second', 'DUP@corp.test', 'CTO', 'web'],
      ['Third', 'dup@corp.test', '', ''],
    ]);
    const { result } = await importCsv(ctx, file, { dedupe, batchSize });
    expect(result).toMatchObject({ ...counts, errorCount: 0, processedRows: 4 });
    const all = await leadsOf(ctx.org.id);
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ email: 'dup@corp.test', ...dup });
  });

  it('imports leads without an email as new leads every time', async () => {
    const file = csvOf([['Name', 'Company'], ['No Mail', 'X'], ['No Mail', 'X']]);
    const { result } = await importCsv(ctx, file);
    expect(result).toMatchObject({ createdCount: 2, errorCount: 0 });
    expect(await testDb.db.$count(leads, and(eq(leads.orgId, ctx.org.id), isNull(leads.email)))).toBe(2);
  });

  it('stores custom field values and combines first and last name', async () => {
    const file = csvOf([['First name', 'Last name', 'Company size'], ['Grace', 'Hopper', '120']]);
    await createCustomField(ctx, { label: 'Company size', key: 'company_size', type: 'number', options: [] });
    const { result } = await importCsv(ctx, file);
    expect(result).toMatchObject({ createdCount: 1, errorCount: 0, mapping: { 'First name': 'firstName', 'Last name': 'lastName', 'Company size': 'custom:company_size' } });
    const [lead] = await leadsOf(ctx.org.id);
    expect(lead).toMatchObject({ name: 'Grace Hopper', customFields: { company_size: 120 } });
    expect(lead!.scoreReasons.map((reason) => reason.factor)).toEqual(['company_size']);
  });
});
