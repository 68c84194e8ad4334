import { describe, expect, it } from 'vitest';
import { leads } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { createLead } from './create-lead';
import { getLead, listLeads } from './queries';
import { listLeadsQuerySchema } from './schemas';

const testDb = setupTestDatabase();

async function workspace() {
  const owner = await createTestUser(testDb.db);
  return { owner, org: await createTestOrg(testDb.db, owner) };
}
const query = (input: Record<string, unknown>) => listLeadsQuerySchema.parse(input);

describe('createLead', () => {
  it('dedupes by email within a workspace: new fields win, missing ones are kept, tags merge', async () => {
    const { org } = await workspace();
    const first = await createLead(testDb.db, { orgId: org.id, input: { name: 'Ana', email: 'ana@northwind.example', company: 'Northwind', tags: ['web'] } });
    const second = await createLead(testDb.db, { orgId: org.id, input: { name: 'Ana Lopez', email: 'ana@northwind.example', phone: '+1 555', tags: ['webinar', 'web'] } });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.lead.id).toBe(first.lead.id);
    expect(second.lead).toMatchObject({ name: 'Ana Lopez', company: 'Northwind', phone: '+1 555' });
    expect([...second.lead.tags].sort()).toEqual(['web', 'webinar']);
  });

  it('keeps one row when the same email arrives five times at once', async () => {
    const { org } = await workspace();
    await Promise.all(Array.from({ length: 5 }, (_, i) => createLead(testDb.db, { orgId: org.id, input: { name: `Same ${i}`, email: 'same@example.test' } })));
    const { items } = await listLeads(testDb.db, { orgId: org.id, ...query({}) });
    expect(items).toHaveLength(1);
  });

  it('keeps the same email apart in different workspaces', async () => {
    const a = await workspace();
    const b = await workspace();
    const inA = await createLead(testDb.db, { orgId: a.org.id, input: { name: 'X', email: 'x@example.test' } });
    const inB = await createLead(testDb.db, { orgId: b.org.id, input: { name: 'X', email: 'x@example.test' } });
    expect(inB.created).toBe(true);
    expect(inB.lead.id).not.toBe(inA.lead.id);
    await expect(getLead(testDb.db, { orgId: b.org.id, leadId: inA.lead.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it("refuses another workspace's user as owner", async () => {
    const a = await workspace();
    const b = await workspace();
    const error = await createLead(testDb.db, { orgId: a.org.id, input: { name: 'Y', ownerId: b.owner.id } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details?.field).toBe('ownerId');
  });
});

describe('listLeads', () => {
  it('pages through every lead exactly once, even while new leads arrive', async () => {
    const { org } = await workspace();
    // One multi-row insert: many rows share a created_at down to the millisecond.
    await testDb.db.insert(leads).values(Array.from({ length: 25 }, (_, i) => ({ orgId: org.id, name: `Lead ${i}` })));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listLeads(testDb.db, { orgId: org.id, ...query({ limit: 10, cursor }) });
      seen.push(...page.items.map((lead) => lead.name));
      await createLead(testDb.db, { orgId: org.id, input: { name: `Arrived ${seen.length}` } });
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const original = seen.filter((name) => name.startsWith('Lead '));
    expect(original).toHaveLength(25);
    expect(new Set(original).size).toBe(25);
  });

  it('filters by search fragment, tags, score range and owner', async () => {
    const { org, owner } = await workspace();
    await createLead(testDb.db, { orgId: org.id, input: { name: 'Grace Hopper', email: 'grace@navy.example', company: 'Navy', tags: ['vip', 'east'], ownerId: owner.id } });
    await createLead(testDb.db, { orgId: org.id, input: { name: 'Alan Turing', email: 'alan@bletchley.example', tags: ['east'] } });
    await testDb.db.update(leads).set({ score: 80 });
    const names = async (input: Record<string, unknown>) =>
      (await listLeads(testDb.db, { orgId: org.id, ...query(input) })).items.map((lead) => lead.name).sort();
    expect(await names({ q: 'HOPP' })).toEqual(['Grace Hopper']);
    expect(await names({ q: 'bletchley' })).toEqual(['Alan Turing']);
    expect(await names({ q: '%' })).toEqual([]);
    expect(await names({ tags: 'east' })).toEqual(['Alan Turing', 'Grace Hopper']);
    expect(await names({ tags: 'east,vip' })).toEqual(['Grace Hopper']);
    expect(await names({ scoreMin: '81' })).toEqual([]);
    expect(await names({ ownerId: owner.id })).toEqual(['Grace Hopper']);
  });
});
