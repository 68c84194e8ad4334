import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, auditLogs, leads } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addMember, createTestUser } from '@/tests/helpers/factories';
import { bulkUpdateLeadsSchema } from './bulk-schemas';
import { bulkUpdateLeads } from './bulk';

const testDb = setupTestDatabase();

async function setup() {
  const a = await createCrmWorkspace(testDb.db, 'A');
  const b = await createCrmWorkspace(testDb.db, 'B');
  const insert = (orgId: string, names: string[], extra: Partial<typeof leads.$inferInsert> = {}) =>
    testDb.db.insert(leads).values(names.map((name) => ({ orgId, name, ...extra }))).returning();
  const webA = await insert(a.org.id, ['Web 1', 'Web 2', 'Web 3'], { source: 'web', tags: ['x'] });
  const eventA = await insert(a.org.id, ['Event 1', 'Event 2'], { source: 'event' });
  const leadsB = await insert(b.org.id, ['B 1', 'B 2'], { source: 'web', tags: ['x'] });
  return { a, b, webA, eventA, leadsB };
}

const run = (ctx: Parameters<typeof bulkUpdateLeads>[0], input: unknown) => bulkUpdateLeads(ctx, bulkUpdateLeadsSchema.parse(input));
const rows = (ids: string[]) => testDb.db.select().from(leads).where(inArray(leads.id, ids)).orderBy(leads.name);
const ids = (list: { id: string }[]) => list.map((lead) => lead.id);

describe('bulkUpdateLeads', () => {
  it('assign: by ids and by filter; other workspace untouched', async () => {
    const { a, webA, eventA, leadsB } = await setup();
    const member = await createTestUser(testDb.db);
    await addMember(testDb.db, a.org, member, 'member');

    const byIds = await run(a.ctx, { selection: { ids: [webA[0]!.id, ...ids(leadsB)] }, operation: { type: 'assign', ownerId: member.id } });
    expect(byIds).toEqual({ affected: 1 });
    expect((await rows(ids(leadsB))).map((l) => l.ownerId)).toEqual([null, null]);

    const byFilter = await run(a.ctx, { selection: { filter: { source: 'event' } }, operation: { type: 'assign', ownerId: a.owner.id } });
    expect(byFilter).toEqual({ affected: 2 });
    expect((await rows(ids(eventA))).map((l) => l.ownerId)).toEqual([a.owner.id, a.owner.id]);
    expect((await rows(ids(webA))).map((l) => l.ownerId)).toEqual([member.id, null, null]);

    await run(a.ctx, { selection: { ids: ids(eventA) }, operation: { type: 'assign', ownerId: null } });
    expect((await rows(ids(eventA))).map((l) => l.ownerId)).toEqual([null, null]);
  });

  it("assign/stage refuse another workspace's owner or stage", async () => {
    const { a, b, webA } = await setup();
    const owner = await expectAppError(run(a.ctx, { selection: { ids: ids(webA) }, operation: { type: 'assign', ownerId: b.owner.id } }), 'bad_request');
    expect(owner.details?.field).toBe('ownerId');
    const stage = await expectAppError(run(a.ctx, { selection: { ids: ids(webA) }, operation: { type: 'stage', stageId: b.stage('Won').id } }), 'bad_request');
    expect(stage.details?.field).toBe('stageId');
    expect((await rows(ids(webA))).every((l) => l.ownerId === null && l.stageId === null)).toBe(true);
  });

  it('stage: one stage_changed entry per moved lead, none for leads already there', async () => {
    const { a, b, webA, leadsB } = await setup();
    await testDb.db.update(leads).set({ stageId: a.stage('Qualified').id }).where(eq(leads.id, webA[0]!.id));
    const moved = await run(a.ctx, { selection: { filter: { source: 'web' } }, operation: { type: 'stage', stageId: a.stage('Qualified').id } });
    expect(moved).toEqual({ affected: 2 });
    expect((await rows(ids(webA))).map((l) => l.stageId)).toEqual(Array(3).fill(a.stage('Qualified').id));

    const entries = await testDb.db.select().from(activities).where(eq(activities.orgId, a.org.id));
    expect(entries.map((e) => e.leadId).sort()).toEqual([webA[1]!.id, webA[2]!.id].sort());
    expect(entries[0]).toMatchObject({ type: 'stage_changed', body: 'No stage → Qualified', actorType: 'user', actorUserId: a.owner.id });
    expect(entries[0]!.data).toMatchObject({ fromStageId: null, toStageId: a.stage('Qualified').id, fromStage: null, toStage: 'Qualified', bulk: true });
    expect((await rows([webA[1]!.id]))[0]!.lastActivityAt).not.toBeNull();

    // Moving again writes nothing; moving out names the old stage.
    expect(await run(a.ctx, { selection: { ids: ids(webA) }, operation: { type: 'stage', stageId: a.stage('Qualified').id } })).toEqual({ affected: 0 });
    expect(await run(a.ctx, { selection: { ids: [webA[0]!.id] }, operation: { type: 'stage', stageId: null } })).toEqual({ affected: 1 });
    const [last] = await testDb.db.select().from(activities).where(eq(activities.leadId, webA[0]!.id));
    expect(last!.body).toBe('Qualified → No stage');

    expect((await rows(ids(leadsB))).map((l) => l.stageId)).toEqual([null, null]);
    expect(await testDb.db.select().from(activities).where(eq(activities.orgId, b.org.id))).toEqual([]);
  });

  it('add_tag is idempotent and remove_tag only touches leads with the tag', async () => {
    const { a, webA, eventA, leadsB } = await setup();
    const all = [...ids(webA), ...ids(eventA), ...ids(leadsB)];
    expect(await run(a.ctx, { selection: { ids: all }, operation: { type: 'add_tag', tag: 'x' } })).toEqual({ affected: 2 });
    expect(await run(a.ctx, { selection: { ids: all }, operation: { type: 'add_tag', tag: 'x' } })).toEqual({ affected: 0 });
    expect((await rows([...ids(webA), ...ids(eventA)])).map((l) => l.tags)).toEqual(Array(5).fill(['x']));

    expect(await run(a.ctx, { selection: { filter: { tags: 'x' } }, operation: { type: 'add_tag', tag: ' hot ' } })).toEqual({ affected: 5 });
    expect(await run(a.ctx, { selection: { filter: { source: 'web' } }, operation: { type: 'remove_tag', tag: 'hot' } })).toEqual({ affected: 3 });
    expect(await run(a.ctx, { selection: { filter: { source: 'web' } }, operation: { type: 'remove_tag', tag: 'hot' } })).toEqual({ affected: 0 });
    expect((await rows(ids(eventA))).map((l) => l.tags)).toEqual([['x', 'hot'], ['x', 'hot']]);
    expect((await rows(ids(webA))).map((l) => l.tags)).toEqual(Array(3).fill(['x']));
    expect((await rows(ids(leadsB))).map((l) => l.tags)).toEqual([['x'], ['x']]);
  });

  it('delete: by ids and by filter, never in another workspace', async () => {
    const { a, b, webA, eventA, leadsB } = await setup();
    expect(await run(a.ctx, { selection: { ids: [webA[0]!.id, leadsB[0]!.id] }, operation: { type: 'delete' } })).toEqual({ affected: 1 });
    expect(await run(a.ctx, { selection: { filter: { source: 'web' } }, operation: { type: 'delete' } })).toEqual({ affected: 2 });
    expect(await rows([...ids(webA), ...ids(eventA), ...ids(leadsB)])).toHaveLength(4);
    expect(await run(b.ctx, { selection: { filter: {} }, operation: { type: 'delete' } })).toEqual({ affected: 2 });
    expect(ids(await rows(ids(eventA)))).toEqual(ids(eventA));
  });

  it('audits each bulk operation with its count', async () => {
    const { a, webA } = await setup();
    await run(a.ctx, { selection: { ids: ids(webA) }, operation: { type: 'add_tag', tag: 'audited' } });
    const [entry] = await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, a.org.id), eq(auditLogs.action, 'leads.bulk_add_tag')));
    expect(entry).toMatchObject({ actorType: 'user', actorUserId: a.owner.id, targetType: 'lead' });
    expect(entry!.metadata).toMatchObject({ affected: 3, selection: { count: 3 } });
  });

  it('refuses an empty id list in the schema', () => {
    expect(bulkUpdateLeadsSchema.safeParse({ selection: { ids: [] }, operation: { type: 'delete' } }).success).toBe(false);
  });
});
