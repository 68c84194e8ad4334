import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { tasks } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { getBoard } from './board';
import { createLead } from './create-lead';
import { createDefaultStages, listStages } from './stages';

const testDb = setupTestDatabase();

async function workspace() {
  const owner = await createTestUser(testDb.db, { name: 'Olga Owner' });
  const org = await createTestOrg(testDb.db, owner);
  await createDefaultStages(testDb.db, org.id);
  const stages = await listStages(testDb.db, { orgId: org.id });
  return { owner, org, stages };
}

async function lead(orgId: string, input: Parameters<typeof createLead>[1]['input']) {
  return (await createLead(testDb.db, { orgId, input })).lead;
}

describe('getBoard', () => {
  it('gives every stage in order with counts, per-currency sums and its leads by score', async () => {
    const { org, owner, stages } = await workspace();
    const [first, second] = stages;
    await lead(org.id, { name: 'Low', stageId: first!.id, valueCents: 1_000, currency: 'USD', ownerId: owner.id });
    await lead(org.id, { name: 'High', stageId: first!.id, valueCents: 2_500, currency: 'USD' });
    await lead(org.id, { name: 'Euro', stageId: first!.id, valueCents: 700, currency: 'EUR' });
    await lead(org.id, { name: 'No value', stageId: second!.id });
    await testDb.db.execute(sql`update leads set score = case name when 'High' then 90 when 'Euro' then 50 else 10 end where org_id = ${org.id}`);

    const board = await getBoard(testDb.db, { orgId: org.id });

    expect(board.total).toBe(4);
    expect(board.columns.map((column) => column.stage?.name)).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Won', 'Lost']);
    const [newColumn, contacted] = board.columns;
    expect(newColumn!.count).toBe(3);
    expect(newColumn!.totals).toEqual([
      { currency: 'USD', valueCents: 3_500 },
      { currency: 'EUR', valueCents: 700 },
    ]);
    expect(newColumn!.leads.map((card) => card.name)).toEqual(['High', 'Euro', 'Low']);
    expect(newColumn!.leads[0]).toMatchObject({ name: 'High', valueCents: 2_500, currency: 'USD', ownerName: null });
    expect(newColumn!.leads.find((card) => card.name === 'Low')?.ownerName).toBe('Olga Owner');
    expect(contacted!.count).toBe(1);
    expect(contacted!.totals).toEqual([]);
    expect(board.columns.find((column) => column.stage?.isWon)?.stage?.name).toBe('Won');
  });

  it('adds a "No stage" column only when matching leads have no stage', async () => {
    const { org, stages } = await workspace();
    await lead(org.id, { name: 'Staged', stageId: stages[0]!.id });
    expect((await getBoard(testDb.db, { orgId: org.id })).columns.some((column) => column.stage === null)).toBe(false);

    await lead(org.id, { name: 'Loose', valueCents: 300 });
    const board = await getBoard(testDb.db, { orgId: org.id });
    const noStage = board.columns.at(-1)!;
    expect(noStage.stage).toBeNull();
    expect(noStage).toMatchObject({ count: 1, totals: [{ currency: 'USD', valueCents: 300 }] });
    expect(noStage.leads.map((card) => card.name)).toEqual(['Loose']);
  });

  it('counts all matching leads but returns only perColumn cards per column', async () => {
    const { org, stages } = await workspace();
    for (let i = 0; i < 5; i++) await lead(org.id, { name: `Lead ${i}`, stageId: stages[1]!.id, valueCents: 100 });
    const board = await getBoard(testDb.db, { orgId: org.id, perColumn: 2 });
    const column = board.columns[1]!;
    expect(column.count).toBe(5);
    expect(column.totals).toEqual([{ currency: 'USD', valueCents: 500 }]);
    expect(column.leads).toHaveLength(2);
  });

  it('finds the best cards of a column whose leads all score below the rest of the workspace', async () => {
    const { org, stages } = await workspace();
    const [hot, cold] = stages;
    for (let i = 0; i < 6; i++) await lead(org.id, { name: `Hot ${i}`, stageId: hot!.id });
    for (let i = 0; i < 4; i++) await lead(org.id, { name: `Cold ${i}`, stageId: cold!.id });
    await testDb.db.execute(sql`update leads set score = case when name like 'Hot%' then 90 else substr(name, 6)::int end where org_id = ${org.id}`);
    const board = await getBoard(testDb.db, { orgId: org.id, perColumn: 2 });
    expect(board.columns[0]!.leads).toHaveLength(2);
    expect(board.columns[0]!.leads.every((card) => card.score === 90)).toBe(true);
    expect(board.columns[1]!.leads.map((card) => card.name)).toEqual(['Cold 3', 'Cold 2']);
    expect(board.columns[1]!.count).toBe(4);
  });

  it('applies the list filters (search, tags, score, open tasks) and ignores stageId', async () => {
    const { org, stages } = await workspace();
    const ana = await lead(org.id, { name: 'Ana Northwind', stageId: stages[0]!.id, tags: ['vip'] });
    await lead(org.id, { name: 'Ben Contoso', stageId: stages[1]!.id, tags: ['vip'] });
    await lead(org.id, { name: 'Cai Northwind', stageId: stages[1]!.id });
    await testDb.db.insert(tasks).values({ orgId: org.id, title: 'Call', leadId: ana.id });

    const names = (board: Awaited<ReturnType<typeof getBoard>>) => board.columns.flatMap((column) => column.leads.map((card) => card.name)).sort();
    expect(names(await getBoard(testDb.db, { orgId: org.id, filter: { q: 'northwind' } }))).toEqual(['Ana Northwind', 'Cai Northwind']);
    expect(names(await getBoard(testDb.db, { orgId: org.id, filter: { tags: ['vip'], stageId: stages[0]!.id } }))).toEqual(['Ana Northwind', 'Ben Contoso']);
    const withTasks = await getBoard(testDb.db, { orgId: org.id, filter: { hasOpenTasks: true } });
    expect(names(withTasks)).toEqual(['Ana Northwind']);
    expect(withTasks.total).toBe(1);
    expect(withTasks.columns[1]!.count).toBe(0);
    expect((await getBoard(testDb.db, { orgId: org.id, filter: { scoreMin: 101 } })).total).toBe(0);
  });

  it("never shows another workspace's leads or stages", async () => {
    const a = await workspace();
    const b = await workspace();
    await lead(a.org.id, { name: 'Secret', stageId: a.stages[0]!.id });
    await lead(a.org.id, { name: 'Loose secret' });
    const board = await getBoard(testDb.db, { orgId: b.org.id });
    expect(board.total).toBe(0);
    expect(board.columns.every((column) => column.stage && b.stages.some((stage) => stage.id === column.stage!.id))).toBe(true);
    expect(board.columns.flatMap((column) => column.leads)).toEqual([]);
  });
});
