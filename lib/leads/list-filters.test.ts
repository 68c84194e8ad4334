import { beforeAll, describe, expect, it } from 'vitest';
import { leads, tasks } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { addMember, createTestUser } from '@/tests/helpers/factories';
import { createCrmWorkspace, type CrmWorkspace } from '@/tests/helpers/crm-workspace';
import { countLeads, listLeads } from './queries';
import { leadFilterSchema, listLeadsQuerySchema } from './schemas';

const testDb = setupTestDatabase();

let ws: CrmWorkspace;
let otherWs: CrmWorkspace;
let memberId: string;

// One fixed set of leads; each filter is checked against the exact names it must return.
beforeAll(async () => {
  ws = await createCrmWorkspace(testDb.db, 'Filters');
  otherWs = await createCrmWorkspace(testDb.db, 'Other');
  const member = await createTestUser(testDb.db, { name: 'Member' });
  await addMember(testDb.db, ws.org, member, 'member');
  memberId = member.id;
  const day = (d: number) => new Date(Date.UTC(2025, 0, d, 12));
  const rows = await testDb.db
    .insert(leads)
    .values([
      { orgId: ws.org.id, name: 'Ada Lovelace', email: 'ada@engines.example', company: 'Analytical Engines', phone: '+44 20 7946 0001', source: 'web', stageId: ws.stage('New').id, ownerId: ws.owner.id, tags: ['vip', 'uk'], score: 90, createdAt: day(1) },
      { orgId: ws.org.id, name: 'Charles Babbage', email: 'charles@engines.example', company: 'Analytical Engines', phone: '+44 20 7946 0002', source: 'referral', stageId: ws.stage('Won').id, ownerId: memberId, tags: ['uk'], score: 70, createdAt: day(2) },
      { orgId: ws.org.id, name: 'Grace Hopper', email: 'grace@cobol.example', company: 'Cobol Works', phone: '+1 555 0100', source: 'web', stageId: ws.stage('New').id, ownerId: memberId, tags: ['vip', 'us'], score: 50, createdAt: day(3) },
      { orgId: ws.org.id, name: 'Alan Turing', email: 'alan@bletchley.example', company: '100%_Codes', phone: null, source: null, stageId: null, ownerId: null, tags: [], score: 30, createdAt: day(4) },
      { orgId: ws.org.id, name: 'Katherine Johnson', email: null, company: null, phone: '+1 555 0199', source: 'event', stageId: ws.stage('Qualified').id, ownerId: ws.owner.id, tags: ['us'], score: 10, createdAt: day(5) },
      { orgId: otherWs.org.id, name: 'Ada Elsewhere', email: 'ada@engines.example', source: 'web', tags: ['vip', 'uk'], score: 90, createdAt: day(1) },
    ])
    .returning();
  const byName = new Map(rows.map((row) => [row.name, row]));
  await testDb.db.insert(tasks).values([
    { orgId: ws.org.id, title: 'Call Ada', leadId: byName.get('Ada Lovelace')!.id, status: 'pending' },
    { orgId: ws.org.id, title: 'Proposal', leadId: byName.get('Grace Hopper')!.id, status: 'in_progress' },
    { orgId: ws.org.id, title: 'Done', leadId: byName.get('Charles Babbage')!.id, status: 'completed' },
    { orgId: ws.org.id, title: 'Dropped', leadId: byName.get('Charles Babbage')!.id, status: 'cancelled' },
    { orgId: otherWs.org.id, title: 'Other', leadId: byName.get('Ada Elsewhere')!.id, status: 'pending' },
  ]);
});

async function names(input: Record<string, unknown>) {
  const { items } = await listLeads(testDb.db, { orgId: ws.org.id, ...listLeadsQuerySchema.parse(input) });
  return items.map((lead) => lead.name).sort();
}

describe('lead filters', () => {
  it('with no filter returns only the workspace', async () => {
    expect(await names({})).toEqual(['Ada Lovelace', 'Alan Turing', 'Charles Babbage', 'Grace Hopper', 'Katherine Johnson']);
  });

  it('stage', async () => {
    expect(await names({ stageId: ws.stage('New').id })).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await names({ stageId: ws.stage('Won').id })).toEqual(['Charles Babbage']);
    expect(await names({ stageId: otherWs.stage('New').id })).toEqual([]);
  });

  it('source', async () => {
    expect(await names({ source: 'web' })).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await names({ source: 'event' })).toEqual(['Katherine Johnson']);
  });

  it('owner', async () => {
    expect(await names({ ownerId: ws.owner.id })).toEqual(['Ada Lovelace', 'Katherine Johnson']);
    expect(await names({ ownerId: memberId })).toEqual(['Charles Babbage', 'Grace Hopper']);
  });

  it('tags: every listed tag must be present', async () => {
    expect(await names({ tags: 'uk' })).toEqual(['Ada Lovelace', 'Charles Babbage']);
    expect(await names({ tags: 'vip, us' })).toEqual(['Grace Hopper']);
    expect(await names({ tags: 'vip,uk,us' })).toEqual([]);
  });

  it('score range, inclusive at both ends', async () => {
    expect(await names({ scoreMin: '50' })).toEqual(['Ada Lovelace', 'Charles Babbage', 'Grace Hopper']);
    expect(await names({ scoreMax: '30' })).toEqual(['Alan Turing', 'Katherine Johnson']);
    expect(await names({ scoreMin: '30', scoreMax: '70' })).toEqual(['Alan Turing', 'Charles Babbage', 'Grace Hopper']);
  });

  it('created range: from inclusive, to exclusive', async () => {
    expect(await names({ createdFrom: '2025-01-03T12:00:00Z' })).toEqual(['Alan Turing', 'Grace Hopper', 'Katherine Johnson']);
    expect(await names({ createdTo: '2025-01-03T12:00:00Z' })).toEqual(['Ada Lovelace', 'Charles Babbage']);
    expect(await names({ createdFrom: '2025-01-02', createdTo: '2025-01-04' })).toEqual(['Charles Babbage', 'Grace Hopper']);
  });

  it('hasOpenTasks: pending and in-progress count, completed and cancelled do not', async () => {
    expect(await names({ hasOpenTasks: 'true' })).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await names({ hasOpenTasks: 'false' })).toEqual(['Alan Turing', 'Charles Babbage', 'Katherine Johnson']);
  });

  it('q: a case-insensitive fragment of name, email, company or phone', async () => {
    expect(await names({ q: 'LOVEL' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: 'bletchley' })).toEqual(['Alan Turing']);
    expect(await names({ q: 'analytical eng' })).toEqual(['Ada Lovelace', 'Charles Babbage']);
    expect(await names({ q: '555 01' })).toEqual(['Grace Hopper', 'Katherine Johnson']);
    expect(await names({ q: '7946 0002' })).toEqual(['Charles Babbage']);
    // Wildcards the user types are literal characters.
    expect(await names({ q: '100%_' })).toEqual(['Alan Turing']);
    expect(await names({ q: '%' })).toEqual(['Alan Turing']);
    expect(await names({ q: '_' })).toEqual(['Alan Turing']);
    expect(await names({ q: 'nobody' })).toEqual([]);
  });

  it('combines filters with AND', async () => {
    expect(await names({ source: 'web', tags: 'vip', ownerId: memberId })).toEqual(['Grace Hopper']);
    expect(await names({ stageId: ws.stage('New').id, hasOpenTasks: 'true', scoreMin: '60' })).toEqual(['Ada Lovelace']);
  });

  it('rejects malformed filter input in the schema', () => {
    for (const bad of [{ stageId: 'x' }, { scoreMin: '101' }, { scoreMax: '-1' }, { createdFrom: 'soon' }, { hasOpenTasks: 'yes' }]) {
      expect(leadFilterSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('countLeads', () => {
  const count = (input: Record<string, unknown>, cap?: number) =>
    countLeads(testDb.db, { orgId: ws.org.id, ...leadFilterSchema.parse(input), ...(cap === undefined ? {} : { cap }) });

  it('counts the same rows the list filters', async () => {
    expect(await count({})).toEqual({ total: 5, capped: false });
    expect(await count({ tags: 'uk' })).toEqual({ total: 2, capped: false });
    expect(await count({ hasOpenTasks: 'false', q: 'a' })).toEqual({ total: 3, capped: false });
    expect(await countLeads(testDb.db, { orgId: otherWs.org.id })).toEqual({ total: 1, capped: false });
  });

  it('stops at the cap and says so', async () => {
    expect(await count({}, 3)).toEqual({ total: 3, capped: true });
    expect(await count({}, 5)).toEqual({ total: 5, capped: false });
    expect(await count({ source: 'web' }, 1)).toEqual({ total: 1, capped: true });
  });
});
