import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { activities, leads, pipelineStages } from '@/db/schema';
import { createDefaultStages, listStages } from '@/lib/leads/stages';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { changeLeadStageAction } from './change-lead-stage';
import { createStageAction } from './create-stage';
import { deleteStageAction } from './delete-stage';
import { reorderStagesAction } from './reorder-stages';
import { updateStageAction } from './update-stage';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.admin });

const stageNames = async (orgId: string) => (await listStages(testDb.db, { orgId })).map((stage) => stage.name);
const stageOf = async (leadId: string) => (await testDb.db.select({ stageId: leads.stageId }).from(leads).where(eq(leads.id, leadId)))[0]?.stageId;

/** B gets a pipeline of its own so "B's stage" is a real id in the other workspace. */
async function stageOfB() {
  await createDefaultStages(testDb.db, w.b.org.id);
  return (await listStages(testDb.db, { orgId: w.b.org.id }))[0]!;
}

describe('change-lead-stage', () => {
  it('moves the lead and records the move on its timeline', async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    const result = await changeLeadStageAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, stageId: w.a.otherStage.id });
    expect(result.data).toEqual({ id: w.a.lead.id, stageId: w.a.otherStage.id });
    expect(await stageOf(w.a.lead.id)).toBe(w.a.otherStage.id);
    const [entry] = await testDb.db.select().from(activities).where(and(eq(activities.leadId, w.a.lead.id), eq(activities.type, 'stage_changed')));
    expect(entry).toMatchObject({ body: 'New → Contacted', actorUserId: w.a.member.id });
  });

  it('takes a lead out of every stage with null', async () => {
    await changeLeadStageAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, stageId: null });
    expect(await stageOf(w.a.lead.id)).toBeNull();
  });

  it("refuses a malformed id, another workspace's stage and another workspace's lead", async () => {
    expect((await changeLeadStageAction({ orgSlug: w.a.org.slug, leadId: 'nope', stageId: null })).validationErrors?.fieldErrors.leadId).toBeDefined();
    const stageB = await stageOfB();
    const foreignStage = await changeLeadStageAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, stageId: stageB.id });
    expect(foreignStage.serverError).toBe('That stage does not exist in this workspace.');
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const foreignLead = await changeLeadStageAction({ orgSlug: w.b.org.slug, leadId: w.a.lead.id, stageId: stageB.id });
    expect(foreignLead.serverError).toBe('Lead not found.');
    expect(await stageOf(w.a.lead.id)).toBe(w.a.stage.id);
  });
});

describe('create-stage and update-stage', () => {
  it('adds a stage at the end, renames it and flags it won', async () => {
    const created = await createStageAction({ orgSlug: w.a.org.slug, name: ' Negotiation ' });
    expect(created.data?.name).toBe('Negotiation');
    expect((await stageNames(w.a.org.id)).at(-1)).toBe('Negotiation');
    const updated = await updateStageAction({ orgSlug: w.a.org.slug, stageId: created.data!.id, name: 'Closing', isWon: true });
    expect(updated.data).toMatchObject({ name: 'Closing', isWon: true, isLost: false });
  });

  it('rejects an empty name and a stage both won and lost as field errors', async () => {
    expect((await createStageAction({ orgSlug: w.a.org.slug, name: ' ' })).validationErrors?.fieldErrors.name).toEqual(['Enter a stage name.']);
    const both = await updateStageAction({ orgSlug: w.a.org.slug, stageId: w.a.stage.id, isWon: true, isLost: true });
    expect(both.validationErrors?.fieldErrors.isLost).toEqual(['A stage cannot be both won and lost.']);
    // The stored stage is lost already; flagging it won too is refused by the domain, on the same field.
    const lost = (await listStages(testDb.db, { orgId: w.a.org.id })).find((stage) => stage.isLost)!;
    const wonToo = await updateStageAction({ orgSlug: w.a.org.slug, stageId: lost.id, isWon: true });
    expect(wonToo.validationErrors?.fieldErrors.isLost).toEqual(['A stage cannot be both won and lost.']);
  });

  it("answers not found for another workspace's stage", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await updateStageAction({ orgSlug: w.b.org.slug, stageId: w.a.stage.id, name: 'Hijacked' });
    expect(result.serverError).toBe('Stage not found.');
    expect((await stageNames(w.a.org.id))[0]).toBe('New');
  });
});

describe('reorder-stages', () => {
  it('stores the new order', async () => {
    const ids = (await listStages(testDb.db, { orgId: w.a.org.id })).map((stage) => stage.id).reverse();
    const result = await reorderStagesAction({ orgSlug: w.a.org.slug, stageIds: ids });
    expect(result.data?.stageIds).toEqual(ids);
    expect(await stageNames(w.a.org.id)).toEqual(['Lost', 'Won', 'Proposal', 'Qualified', 'Contacted', 'New']);
  });

  it('refuses a list that is not exactly the workspace’s stages', async () => {
    expect((await reorderStagesAction({ orgSlug: w.a.org.slug, stageIds: [] })).validationErrors).toBeDefined();
    const partial = await reorderStagesAction({ orgSlug: w.a.org.slug, stageIds: [w.a.otherStage.id, w.a.stage.id] });
    expect(partial.serverError).toBe('The new order must list every stage of this workspace once.');
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const stageB = await stageOfB();
    const foreign = await reorderStagesAction({ orgSlug: w.b.org.slug, stageIds: [w.a.stage.id, stageB.id] });
    expect(foreign.serverError).toBe('The new order must list every stage of this workspace once.');
    expect((await stageNames(w.a.org.id))[0]).toBe('New');
  });
});

describe('delete-stage', () => {
  it("moves the stage's leads to the chosen stage, or to none", async () => {
    const moved = await deleteStageAction({ orgSlug: w.a.org.slug, stageId: w.a.stage.id, moveToStageId: w.a.otherStage.id });
    expect(moved.data).toEqual({ id: w.a.stage.id });
    expect(await stageOf(w.a.lead.id)).toBe(w.a.otherStage.id);
    await deleteStageAction({ orgSlug: w.a.org.slug, stageId: w.a.otherStage.id });
    expect(await stageOf(w.a.lead.id)).toBeNull();
    expect(await stageNames(w.a.org.id)).toEqual(['Qualified', 'Proposal', 'Won', 'Lost']);
  });

  it('refuses moving leads into the deleted stage itself, on that field', async () => {
    const result = await deleteStageAction({ orgSlug: w.a.org.slug, stageId: w.a.stage.id, moveToStageId: w.a.stage.id });
    expect(result.validationErrors?.fieldErrors.moveToStageId).toEqual(['Choose a different stage for its leads.']);
  });

  it("cannot delete another workspace's stage or move leads into it", async () => {
    const stageB = await stageOfB();
    const intoB = await deleteStageAction({ orgSlug: w.a.org.slug, stageId: w.a.stage.id, moveToStageId: stageB.id });
    expect(intoB.serverError).toBe('Stage not found.');
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const foreign = await deleteStageAction({ orgSlug: w.b.org.slug, stageId: w.a.stage.id });
    expect(foreign.serverError).toBe('Stage not found.');
    const [still] = await testDb.db.select().from(pipelineStages).where(eq(pipelineStages.id, w.a.stage.id));
    expect(still).toBeDefined();
    expect(await stageOf(w.a.lead.id)).toBe(w.a.stage.id);
  });

  it('is for admins: a member is refused', async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    const result = await deleteStageAction({ orgSlug: w.a.org.slug, stageId: w.a.stage.id });
    expect(result.serverError).toMatch(/permission/i);
  });
});
