import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { leads } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { bulkUpdateLeadsSchema } from './bulk-schemas';
import { bulkUpdateLeads } from './bulk';
import { createLead } from './create-lead';
import { deleteStage } from './stages';
import { changeLeadStage, updateLead } from './update-lead';

const testDb = setupTestDatabase();
const LONG_AGO = new Date('2020-01-01T00:00:00Z');

// Every lead starts "in its stage since 2020", so any write of stage_changed_at shows as a newer time.
async function setup() {
  const ws = await createCrmWorkspace(testDb.db, 'Stages');
  const rows = await testDb.db
    .insert(leads)
    .values(['One', 'Two', 'Three'].map((name) => ({ orgId: ws.org.id, name, email: `${name.toLowerCase()}@example.test`, stageId: ws.stage('New').id, stageChangedAt: LONG_AGO })))
    .returning();
  const changedAt = async () => {
    const found = await testDb.db.select({ name: leads.name, at: leads.stageChangedAt }).from(leads).where(inArray(leads.id, rows.map((row) => row.id)));
    return Object.fromEntries(found.map((row) => [row.name, row.at.getTime() > LONG_AGO.getTime() ? 'moved' : 'unchanged']));
  };
  return { ...ws, rows, changedAt };
}

describe('stage_changed_at', () => {
  it('is set by changeLeadStage, and left alone by an edit that keeps the stage', async () => {
    const { ctx, rows, stage, changedAt } = await setup();
    await updateLead(ctx, { leadId: rows[1]!.id, patch: { name: 'Two renamed', stageId: stage('New').id } });
    await changeLeadStage(ctx, { leadId: rows[0]!.id, stageId: stage('Contacted').id });
    expect(await changedAt()).toEqual({ One: 'moved', 'Two renamed': 'unchanged', Three: 'unchanged' });
  });

  it('is set by a bulk stage move for the leads that moved only', async () => {
    const { ctx, rows, stage, changedAt } = await setup();
    await changeLeadStage(ctx, { leadId: rows[0]!.id, stageId: stage('Qualified').id });
    const before = await changedAt();
    const input = bulkUpdateLeadsSchema.parse({ selection: { ids: [rows[0]!.id, rows[1]!.id] }, operation: { type: 'stage', stageId: stage('Qualified').id } });
    expect((await bulkUpdateLeads(ctx, input)).affected).toBe(1);
    expect(before).toEqual({ One: 'moved', Two: 'unchanged', Three: 'unchanged' });
    expect(await changedAt()).toEqual({ One: 'moved', Two: 'moved', Three: 'unchanged' });
  });

  it('is set on the leads a deleted stage hands over', async () => {
    const { ctx, rows, stage, changedAt } = await setup();
    await changeLeadStage(ctx, { leadId: rows[2]!.id, stageId: stage('Won').id });
    await testDb.db.update(leads).set({ stageChangedAt: LONG_AGO }).where(inArray(leads.id, [rows[2]!.id]));
    await deleteStage(ctx, { stageId: stage('New').id, moveToStageId: stage('Contacted').id });
    expect(await changedAt()).toEqual({ One: 'moved', Two: 'moved', Three: 'unchanged' });
  });

  it('is not touched when a create matches an existing lead by email', async () => {
    const { org, stage, changedAt } = await setup();
    await createLead(testDb.db, { orgId: org.id, input: { name: 'One again', email: 'one@example.test', stageId: stage('Won').id } });
    expect(await changedAt()).toEqual({ 'One again': 'unchanged', Two: 'unchanged', Three: 'unchanged' });
  });
});
