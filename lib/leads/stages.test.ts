import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { leads, pipelineStages } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { createStageSchema, updateStageSchema } from './stage-schemas';
import { createStage, deleteStage, getStage, listStages, reorderStages, stageNames, updateStage } from './stages';

const testDb = setupTestDatabase();
const names = async (orgId: string) => (await listStages(testDb.db, { orgId })).map((s) => s.name);

describe('pipeline stages', () => {
  it('starts with the default pipeline, won and lost flagged', async () => {
    const { org, stages } = await createCrmWorkspace(testDb.db);
    expect(stages.map((s) => [s.name, s.position, s.isWon, s.isLost])).toEqual([
      ['New', 0, false, false], ['Contacted', 1, false, false], ['Qualified', 2, false, false],
      ['Proposal', 3, false, false], ['Won', 4, true, false], ['Lost', 5, false, true],
    ]);
    expect(stages.every((s) => s.orgId === org.id)).toBe(true);
  });

  it('creates a stage at the end; never both won and lost', async () => {
    const { ctx, org } = await createCrmWorkspace(testDb.db);
    const stage = await createStage(ctx, createStageSchema.parse({ name: ' Negotiation ' }));
    expect(stage).toMatchObject({ name: 'Negotiation', position: 6, isWon: false, isLost: false, orgId: org.id });
    const both = await createStage(ctx, createStageSchema.parse({ name: 'Closed', isWon: true, isLost: true }));
    expect(both).toMatchObject({ isWon: true, isLost: false });
    expect((await names(org.id)).at(-1)).toBe('Closed');
    expect(createStageSchema.safeParse({ name: '   ' }).success).toBe(false);
  });

  it('stops at 50 stages', async () => {
    const { ctx, org } = await createCrmWorkspace(testDb.db);
    await testDb.db.insert(pipelineStages).values(Array.from({ length: 44 }, (_, i) => ({ orgId: org.id, name: `S${i}`, position: 6 + i })));
    await expectAppError(createStage(ctx, { name: 'One too many', isWon: false, isLost: false }), 'bad_request');
  });

  it('renames and flags a stage, refusing won and lost together', async () => {
    const { ctx, stage } = await createCrmWorkspace(testDb.db);
    const renamed = await updateStage(ctx, updateStageSchema.parse({ stageId: stage('Proposal').id, name: 'Quote sent' }));
    expect(renamed).toMatchObject({ name: 'Quote sent', isWon: false, isLost: false, position: 3 });
    const error = await expectAppError(updateStage(ctx, { stageId: stage('Lost').id, isWon: true }), 'bad_request');
    expect(error.details?.field).toBe('isLost');
    expect(await updateStage(ctx, { stageId: stage('Lost').id, isWon: true, isLost: false })).toMatchObject({ isWon: true, isLost: false, name: 'Lost' });
    expect(updateStageSchema.safeParse({ stageId: stage('New').id, isWon: true, isLost: true }).success).toBe(false);
  });

  it('reorders when every stage is listed exactly once', async () => {
    const { ctx, org, stages } = await createCrmWorkspace(testDb.db);
    const reversed = [...stages].reverse().map((s) => s.id);
    const result = await reorderStages(ctx, { stageIds: reversed });
    expect(result.map((s) => s.name)).toEqual(['Lost', 'Won', 'Proposal', 'Qualified', 'Contacted', 'New']);
    expect(result.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);

    const other = await createCrmWorkspace(testDb.db, 'Other');
    const bad = [reversed.slice(1), [...reversed, reversed[0]!], [...reversed.slice(1), reversed[1]!], [...reversed.slice(1), other.stages[0]!.id]];
    for (const stageIds of bad) await expectAppError(reorderStages(ctx, { stageIds }), 'bad_request');
    expect(await names(org.id)).toEqual(['Lost', 'Won', 'Proposal', 'Qualified', 'Contacted', 'New']);
    expect(await names(other.org.id)).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Won', 'Lost']);
  });

  it("deletes a stage, moving its leads to another stage or to none", async () => {
    const { ctx, org, stage } = await createCrmWorkspace(testDb.db);
    const [moved, unstaged, untouched] = await testDb.db
      .insert(leads)
      .values([
        { orgId: org.id, name: 'In Contacted', stageId: stage('Contacted').id },
        { orgId: org.id, name: 'In Proposal', stageId: stage('Proposal').id },
        { orgId: org.id, name: 'In New', stageId: stage('New').id },
      ])
      .returning();
    await deleteStage(ctx, { stageId: stage('Contacted').id, moveToStageId: stage('Qualified').id });
    await deleteStage(ctx, { stageId: stage('Proposal').id });
    const after = new Map((await testDb.db.select().from(leads).where(inArray(leads.id, [moved!.id, unstaged!.id, untouched!.id]))).map((l) => [l.id, l.stageId]));
    expect(after.get(moved!.id)).toBe(stage('Qualified').id);
    expect(after.get(unstaged!.id)).toBeNull();
    expect(after.get(untouched!.id)).toBe(stage('New').id);
    expect(await names(org.id)).toEqual(['New', 'Qualified', 'Won', 'Lost']);
    // Positions now have gaps (0, 2, 4, 5): a new stage must still land at the end.
    await createStage(ctx, { name: 'Nurture', isWon: false, isLost: false });
    expect(await names(org.id)).toEqual(['New', 'Qualified', 'Won', 'Lost', 'Nurture']);
  });

  it('refuses to move leads into the stage being deleted', async () => {
    const { ctx, stage } = await createCrmWorkspace(testDb.db);
    const error = await expectAppError(deleteStage(ctx, { stageId: stage('New').id, moveToStageId: stage('New').id }), 'bad_request');
    expect(error.details?.field).toBe('moveToStageId');
  });

  it("answers not_found for another workspace's stages and changes nothing there", async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const [leadB] = await testDb.db.insert(leads).values({ orgId: b.org.id, name: 'B lead', stageId: b.stage('New').id }).returning();
    await expectAppError(getStage(testDb.db, { orgId: a.org.id, stageId: b.stage('New').id }), 'not_found');
    await expectAppError(updateStage(a.ctx, { stageId: b.stage('New').id, name: 'Mine now' }), 'not_found');
    await expectAppError(deleteStage(a.ctx, { stageId: b.stage('New').id }), 'not_found');
    // Moving A's leads into B's stage is refused too.
    await expectAppError(deleteStage(a.ctx, { stageId: a.stage('New').id, moveToStageId: b.stage('Won').id }), 'not_found');
    expect(await names(b.org.id)).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Won', 'Lost']);
    expect(await names(a.org.id)).toHaveLength(6);
    const [stillB] = await testDb.db.select().from(leads).where(eq(leads.id, leadB!.id));
    expect(stillB!.stageId).toBe(b.stage('New').id);
  });

  it('stageNames only resolves the workspace’s own stages', async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const map = await stageNames(testDb.db, a.org.id, [a.stage('Won').id, b.stage('Lost').id]);
    expect([...map.entries()]).toEqual([[a.stage('Won').id, 'Won']]);
    expect((await stageNames(testDb.db, a.org.id, [])).size).toBe(0);
  });
});
