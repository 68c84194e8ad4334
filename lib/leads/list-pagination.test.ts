import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { leads } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { createLead } from './create-lead';
import { encodeLeadCursor, LEAD_SORTS, type LeadSort } from './lead-sort';
import { listLeads } from './queries';
import { listLeadsQuerySchema } from './schemas';

const testDb = setupTestDatabase();
const query = (input: Record<string, unknown>) => listLeadsQuerySchema.parse(input);

// The order each sort must produce, written out independently of lead-sort.ts.
const EXPECTED_ORDER: Record<LeadSort, string> = {
  created_desc: 'created_at desc, id desc',
  created_asc: 'created_at asc, id asc',
  score_desc: 'score desc, id desc',
  score_asc: 'score asc, id asc',
  name_asc: 'name asc, id asc',
  name_desc: 'name desc, id desc',
};

const NAMES = ['Avery Stone', 'Blake Rivera', 'Casey Morgan', 'Drew Ellis', 'Emery Quinn', 'Finley Ward'];

/** 120 leads in three statements: 40 sharing one default created_at, 40 sharing an explicit one, 40 apart. */
async function seedLeads(orgId: string) {
  const row = (i: number) => ({ orgId, name: NAMES[i % NAMES.length]!, score: (i % 5) * 20, tags: ['seeded'] });
  const shared = new Date('2025-03-01T10:00:00.123Z');
  const batches = [
    Array.from({ length: 40 }, (_, i) => row(i)),
    Array.from({ length: 40 }, (_, i) => ({ ...row(i + 40), createdAt: shared })),
    Array.from({ length: 40 }, (_, i) => ({ ...row(i + 80), createdAt: new Date(shared.getTime() - (i % 20) * 3_600_000) })),
  ];
  const ids: string[] = [];
  for (const values of batches) ids.push(...(await testDb.db.insert(leads).values(values).returning({ id: leads.id })).map((r) => r.id));
  return ids;
}

/** Leads that arrive while someone pages: same names and scores as existing ones, one statement, plus one through createLead. */
async function arrive(orgId: string, round: number) {
  await testDb.db.insert(leads).values(
    Array.from({ length: 3 }, (_, i) => ({ orgId, name: NAMES[(round + i) % NAMES.length]!, score: ((round + i) % 5) * 20, tags: ['arrived'] })),
  );
  await createLead(testDb.db, { orgId, input: { name: `${NAMES[round % NAMES.length]}`, tags: ['arrived'] } });
}

async function expectedOrder(orgId: string, sort: LeadSort, ids: string[]) {
  const rows = await testDb.db.execute<{ id: string }>(
    sql`select id from leads where org_id = ${orgId} and id in ${ids} order by ${sql.raw(EXPECTED_ORDER[sort])}`,
  );
  return rows.map((r) => r.id);
}

describe('listLeads keyset pagination', () => {
  for (const sort of LEAD_SORTS) {
    it(`${sort}: every existing lead exactly once and in order while leads arrive between pages`, async () => {
      const { org } = await createCrmWorkspace(testDb.db);
      const existing = await seedLeads(org.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      let round = 0;
      do {
        const page = await listLeads(testDb.db, { orgId: org.id, ...query({ sort, limit: 25, cursor }) });
        expect(page.items.length).toBeLessThanOrEqual(25);
        seen.push(...page.items.map((lead) => lead.id));
        await arrive(org.id, round++);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && round < 50);

      expect(new Set(seen).size).toBe(seen.length);
      const existingSet = new Set(existing);
      const seenExisting = seen.filter((id) => existingSet.has(id));
      expect(seenExisting).toHaveLength(120);
      // The whole walk, late arrivals included, is one ascending (or descending) run of the sort.
      expect(seen).toEqual(await expectedOrder(org.id, sort, seen));
      if (sort === 'created_desc') expect(seen).toHaveLength(120);
    });
  }

  it('refuses a cursor made for another sort', async () => {
    const { org } = await createCrmWorkspace(testDb.db);
    await seedLeads(org.id);
    const first = await listLeads(testDb.db, { orgId: org.id, ...query({ sort: 'score_desc', limit: 10 }) });
    expect(first.nextCursor).toBeTruthy();
    for (const sort of LEAD_SORTS.filter((s) => s !== 'score_desc')) {
      const error = await expectAppError(listLeads(testDb.db, { orgId: org.id, ...query({ sort, cursor: first.nextCursor }) }), 'bad_request');
      expect(error.details?.field).toBe('cursor');
    }
  });

  it('refuses tampered cursors with bad_request, never a database error', async () => {
    const { org } = await createCrmWorkspace(testDb.db);
    const id = '00000000-0000-4000-8000-000000000000';
    const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const cases: [LeadSort, string][] = [
      ['created_desc', 'not base64 at all!!'],
      ['created_desc', Buffer.from('{"s":').toString('base64url')],
      ['created_desc', raw({ s: 'created_desc', v: '2025-01-01T00:00:00.000000Z', id: 'nope' })],
      ['created_desc', raw({ s: 'created_desc', v: 'yesterday', id })],
      ['created_desc', raw({ s: 'created_desc', v: 12, id })],
      ['created_asc', raw({ s: 'created_asc', v: '2025-02-30T00:00:00.000000Z', id })],
      ['score_desc', raw({ s: 'score_desc', v: 'abc', id })],
      ['score_desc', raw({ s: 'score_desc', v: 1.5, id })],
      ['score_asc', raw({ s: 'score_asc', v: 1e12, id })],
      ['name_asc', raw({ s: 'name_asc', v: 42, id })],
      ['name_asc', raw({ s: 'bogus', v: 'x', id })],
    ];
    for (const [sort, cursor] of cases) {
      await expectAppError(listLeads(testDb.db, { orgId: org.id, ...query({ sort, cursor }) }), 'bad_request');
    }
  });

  it('accepts its own cursors for every value shape', async () => {
    const { org } = await createCrmWorkspace(testDb.db);
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [sort, value] of [['created_desc', '2025-01-01T00:00:00.000000Z'], ['score_asc', 0], ['name_desc', 'Zed']] as const) {
      const page = await listLeads(testDb.db, { orgId: org.id, ...query({ sort, cursor: encodeLeadCursor(sort, value, id) }) });
      expect(page.items).toEqual([]);
    }
  });
});
