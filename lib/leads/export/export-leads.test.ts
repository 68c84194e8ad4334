import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as exportRoute } from '@/app/api/orgs/[orgSlug]/leads/export/route';
import type { Ctx } from '@/lib/ctx';
import { createLead } from '@/lib/leads/create-lead';
import { createCustomField } from '@/lib/leads/custom-fields';
import { createImport } from '@/lib/leads/import/imports';
import { createDefaultStages, listStages } from '@/lib/leads/stages';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { csvOf, importCsv } from '@/tests/helpers/lead-import';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { exportLeadsCsv } from './export-leads';
import { exportLeadsQuerySchema } from './export-schemas';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const testDb = setupTestDatabase();
let ctx: Ctx;
let owner: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});
beforeEach(async () => {
  await truncateAll(testDb.db);
  owner = await createTestUser(testDb.db, { name: 'Olivia Owner' });
  const org = await createTestOrg(testDb.db, owner);
  await createDefaultStages(testDb.db, org.id);
  ctx = ctxFor(testDb.db, org, owner, 'owner');
});

async function exported(query: Record<string, string> = {}, context = ctx) {
  const stream = await exportLeadsCsv(context, exportLeadsQuerySchema.parse(query));
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { rows: parse(text, { bom: true }) as string[][], chunks: chunks.length, text };
}

describe('exportLeadsCsv', () => {
  it('exports the filter with the chosen columns, names for stage and owner, and formulas defused', async () => {
    const [stage, other] = await listStages(testDb.db, { orgId: ctx.org.id });
    await createLead(testDb.db, { orgId: ctx.org.id, input: { name: '=HYPERLINK("http://evil.test","click")', phone: '+1 555 0100', stageId: stage!.id, ownerId: owner.id, valueCents: 123456, tags: ['a', 'b'] } });
    await createLead(testDb.db, { orgId: ctx.org.id, input: { name: '@SUM(A1)', company: '-Minus Co', stageId: stage!.id } });
    await createLead(testDb.db, { orgId: ctx.org.id, input: { name: 'Elsewhere', stageId: other!.id } });

    const { rows } = await exported({ stageId: stage!.id, sort: 'name_asc', columns: 'name,company,phone,stage,owner,value,tags' });
    expect(rows).toEqual([
      ['Name', 'Company', 'Phone', 'Stage', 'Owner', 'Value', 'Tags'],
      ["'=HYPERLINK(\"http://evil.test\",\"click\")", '', "'+1 555 0100", 'New', 'Olivia Owner', '1234.56', 'a, b'],
      ["'@SUM(A1)", "'-Minus Co", '', 'New', '', '', ''],
    ]);
  });

  it('exports every list column and custom field by default', async () => {
    await createCustomField(ctx, { label: 'Budget', type: 'number', options: [] });
    await createLead(testDb.db, { orgId: ctx.org.id, input: { name: 'Ada', email: 'ada@corp.test', customFields: { budget: 5000 } } });
    const { rows } = await exported();
    expect(rows[0]).toEqual(['Name', 'Email', 'Company', 'Phone', 'Title', 'Stage', 'Owner', 'Source', 'Tags', 'Score', 'Value', 'Created', 'Last activity', 'Budget']);
    expect(rows[1]!.slice(0, 2)).toEqual(['Ada', 'ada@corp.test']);
    expect(rows[1]![13]).toBe('5000');
    await expect(exportLeadsCsv(ctx, exportLeadsQuerySchema.parse({ columns: 'name,custom:nope' }))).rejects.toMatchObject({ code: 'bad_request' });
    expect(exportLeadsQuerySchema.safeParse({ columns: 'name,password' }).error?.issues).toMatchObject([{ path: ['columns', 1], message: '"password" is not a lead column.' }]);
  });

  it('streams large exports page by page', async () => {
    await testDb.db.execute(sql`insert into leads (org_id, name, email) select ${ctx.org.id}, 'Lead ' || g, 'l' || g || '@corp.test' from generate_series(1, 2500) g`);
    const { rows, chunks } = await exported({ columns: 'email', sort: 'created_asc' });
    expect(rows).toHaveLength(2501);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(2500);
    // Three keyset pages of at most 1,000, each its own chunk.
    expect(chunks).toBe(3);
  });

  it('re-imports its own output: headers are recognised and defused cells come back as they were', async () => {
    await createLead(testDb.db, { orgId: ctx.org.id, input: { name: '=1+1', email: 'x@corp.test', phone: '+44 20 7946 0000', tags: ['vip'], valueCents: 99 } });
    const { text } = await exported({ columns: 'name,email,phone,tags,value,stage,score' });
    const other = await createTestUser(testDb.db);
    const otherCtx = ctxFor(testDb.db, await createTestOrg(testDb.db, other), other, 'owner');
    const { preview } = await createImport(otherCtx, { fileName: 'export.csv', file: Buffer.from(text) });
    expect(preview.suggestedMapping).toEqual({ Name: 'name', Email: 'email', Phone: 'phone', Tags: 'tags', Value: 'value' });
    const { result } = await importCsv(otherCtx, Buffer.from(text));
    expect(result).toMatchObject({ createdCount: 1, errorCount: 0 });
    const { rows } = await exported({ columns: 'name,email,phone,tags,value' }, otherCtx);
    expect(rows[1]).toEqual(["'=1+1", 'x@corp.test', "'+44 20 7946 0000", 'vip', '0.99']);
  });

  it('after importing 1,000 rows with 3 bad ones, exports the 997 and the leads already there', async () => {
    await createLead(testDb.db, { orgId: ctx.org.id, input: { name: 'Already here', email: 'here@corp.test' } });
    const rows: string[][] = [['Name', 'Email']];
    for (let i = 1; i <= 1000; i += 1) rows.push([[100, 500, 1000].includes(i) ? '' : `Lead ${i}`, `lead${i}@corp.test`]);
    const { result } = await importCsv(ctx, csvOf(rows));
    expect(result).toMatchObject({ createdCount: 997, errorCount: 3 });
    expect(result.errors.map((error) => error.row)).toEqual([101, 501, 1001]);
    expect((await exported({ columns: 'email' })).rows).toHaveLength(1 + 997 + 1);
  });
});

describe('GET /api/orgs/{orgSlug}/leads/export', () => {
  it('answers an attachment named after the workspace and the day', async () => {
    vi.mocked(getSessionUser).mockResolvedValue(asSession(owner));
    await createLead(testDb.db, { orgId: ctx.org.id, input: { name: 'Ada' } });
    const response = await exportRoute(new Request(`http://beacon.test/api/orgs/${ctx.org.slug}/leads/export?columns=name`), { params: Promise.resolve({ orgSlug: ctx.org.slug }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="leads-${ctx.org.slug}-${new Date().toISOString().slice(0, 10)}.csv"`);
    // (Response.text() would drop the byte-order mark; the bytes keep it.)
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe('\uFEFFName\nAda\n');
  });
});
