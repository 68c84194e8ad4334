import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { activities, leads, tasks } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { deleteLeadAction } from './delete-lead';
import { mergeLeadsAction } from './merge-leads';
import { updateLeadAction } from './update-lead';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const leadRow = async (id: string) => (await testDb.db.select().from(leads).where(eq(leads.id, id)))[0];
const timelineTypes = async (leadId: string) =>
  (await testDb.db.select({ type: activities.type }).from(activities).where(eq(activities.leadId, leadId)).orderBy(activities.createdAt)).map((a) => a.type);

describe('update-lead', () => {
  it('saves a patch, records a stage change on the timeline and stores custom field values', async () => {
    const result = await updateLeadAction({
      orgSlug: w.a.org.slug,
      leadId: w.a.lead.id,
      patch: { name: '  Lead A renamed ', stageId: w.a.otherStage.id, ownerId: w.a.member.id, customFields: { budget: '1200' } },
    });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.id).toBe(w.a.lead.id);
    expect(await leadRow(w.a.lead.id)).toMatchObject({ name: 'Lead A renamed', stageId: w.a.otherStage.id, ownerId: w.a.member.id, customFields: { budget: 1200 } });
    expect(await timelineTypes(w.a.lead.id)).toContain('stage_changed');
  });

  it('answers an invalid patch with a validation message, and domain errors with their safe message', async () => {
    const invalid = await updateLeadAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, patch: { email: 'not-an-email' } });
    expect(invalid.validationErrors?.fieldErrors.patch).toEqual(['Enter a valid email address.']);

    const taken = await updateLeadAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, patch: { email: w.a.secondLead.email! } });
    expect(taken.serverError).toBe('Another lead in this workspace has that email.');

    const unknownField = await updateLeadAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, patch: { customFields: { shoe_size: 42 } } });
    expect(unknownField.serverError).toBe('"shoe_size" is not a custom field of this workspace.');

    const badValue = await updateLeadAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, patch: { customFields: { budget: 'lots' } } });
    expect(badValue.serverError).toBe('Budget must be a number.');
    expect((await leadRow(w.a.lead.id))?.email).toBe(w.a.lead.email);
  });

  it("refuses a stage or owner from another workspace, and another workspace's lead is not found", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await updateLeadAction({ orgSlug: w.b.org.slug, leadId: w.a.lead.id, patch: { name: 'Hijacked' } });
    expect(result.serverError).toBe('Lead not found.');
    expect((await leadRow(w.a.lead.id))?.name).toBe('Lead A');

    sessionUser.mockResolvedValue(asSession(w.a.owner));
    const foreignOwner = await updateLeadAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id, patch: { ownerId: w.b.owner.id } });
    expect(foreignOwner.serverError).toBe('The owner must be a member of this workspace.');
  });
});

describe('delete-lead', () => {
  it('deletes the lead with its timeline and keeps its tasks, unlinked', async () => {
    const result = await deleteLeadAction({ orgSlug: w.a.org.slug, leadId: w.a.lead.id });
    expect(result.data).toEqual({ id: w.a.lead.id });
    expect(await leadRow(w.a.lead.id)).toBeUndefined();
    expect(await timelineTypes(w.a.lead.id)).toEqual([]);
    const [task] = await testDb.db.select().from(tasks).where(eq(tasks.id, w.a.task.id));
    expect(task?.leadId).toBeNull();
  });

  it("rejects a malformed id and answers 'not found' for another workspace's lead", async () => {
    const invalid = await deleteLeadAction({ orgSlug: w.a.org.slug, leadId: 'nope' });
    expect(invalid.validationErrors?.fieldErrors.leadId).toBeDefined();

    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await deleteLeadAction({ orgSlug: w.b.org.slug, leadId: w.a.lead.id });
    expect(result.serverError).toBe('Lead not found.');
    expect(await leadRow(w.a.lead.id)).toBeDefined();
  });
});

describe('merge-leads', () => {
  it('keeps the primary with the picked values, moves the timeline and tasks, deletes the secondary', async () => {
    const result = await mergeLeadsAction({
      orgSlug: w.a.org.slug,
      primaryId: w.a.lead.id,
      secondaryId: w.a.secondLead.id,
      pick: { name: 'secondary', email: 'secondary' },
    });
    expect(result.data).toEqual({ id: w.a.lead.id, name: 'Second lead A' });
    expect(await leadRow(w.a.lead.id)).toMatchObject({ name: 'Second lead A', email: w.a.secondLead.email, stageId: w.a.stage.id });
    expect(await leadRow(w.a.secondLead.id)).toBeUndefined();
    expect(await timelineTypes(w.a.lead.id)).toEqual(['task_created', 'lead_merged']);
  });

  it('rejects merging a lead into itself and an unknown pick', async () => {
    const same = await mergeLeadsAction({ orgSlug: w.a.org.slug, primaryId: w.a.lead.id, secondaryId: w.a.lead.id });
    expect(same.validationErrors?.fieldErrors.secondaryId).toEqual(['Choose two different leads.']);
    const badPick = await mergeLeadsAction({ orgSlug: w.a.org.slug, primaryId: w.a.lead.id, secondaryId: w.a.secondLead.id, pick: { score: 'secondary' } as never });
    expect(badPick.validationErrors).toBeDefined();
  });

  it("cannot merge another workspace's leads, nor pull one into its own", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await mergeLeadsAction({ orgSlug: w.b.org.slug, primaryId: w.a.lead.id, secondaryId: w.a.secondLead.id });
    expect(result.serverError).toBe('Lead not found.');
    const both = await testDb.db.select().from(leads).where(and(eq(leads.orgId, w.a.org.id)));
    expect(both).toHaveLength(2);
  });
});
