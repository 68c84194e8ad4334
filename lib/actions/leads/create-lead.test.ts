import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { revalidatePath } from 'next/cache';
import { leads } from '@/db/schema';
import { createDefaultStages, listStages } from '@/lib/leads/stages';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { createLeadAction } from './create-lead';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

describe('create-lead action', () => {
  it('creates a lead in the workspace with its stage and owner, and refreshes the list', async () => {
    const result = await createLeadAction({ orgSlug: w.a.org.slug, name: 'Ada Lovelace', email: 'ADA@Example.test ', company: 'Analytical', stageId: w.a.stage.id, ownerId: w.a.member.id });
    expect(result.data?.created).toBe(true);
    const [row] = await testDb.db.select().from(leads).where(eq(leads.id, result.data!.lead.id));
    expect(row).toMatchObject({ orgId: w.a.org.id, name: 'Ada Lovelace', email: 'ada@example.test', company: 'Analytical', stageId: w.a.stage.id, ownerId: w.a.member.id });
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith(`/app/${w.a.org.slug}/leads`);
  });

  it('updates the existing lead when the email is already in the workspace, and says so', async () => {
    const result = await createLeadAction({ orgSlug: w.a.org.slug, name: 'Lead A renamed', email: 'lead-a@example.test', company: 'NewCo' });
    expect(result.data).toEqual({ lead: { id: w.a.lead.id, name: 'Lead A renamed' }, created: false });
    const rows = await testDb.db.select().from(leads).where(eq(leads.email, 'lead-a@example.test'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ company: 'NewCo', stageId: w.a.stage.id });
  });

  it("puts another workspace's stage and a non-member owner on their fields", async () => {
    await createDefaultStages(testDb.db, w.b.org.id);
    const [stageB] = await listStages(testDb.db, { orgId: w.b.org.id });
    const withStage = await createLeadAction({ orgSlug: w.a.org.slug, name: 'X', stageId: stageB!.id });
    expect(withStage.validationErrors?.fieldErrors.stageId).toEqual(['That stage does not exist in this workspace.']);
    const withOwner = await createLeadAction({ orgSlug: w.a.org.slug, name: 'X', ownerId: w.b.owner.id });
    expect(withOwner.validationErrors?.fieldErrors.ownerId).toEqual(['The owner must be a member of this workspace.']);
    const inA = await testDb.db.select().from(leads).where(eq(leads.orgId, w.a.org.id));
    expect(inA).toHaveLength(2);
  });

  it('rejects a bad email and an empty name as field errors', async () => {
    const result = await createLeadAction({ orgSlug: w.a.org.slug, name: ' ', email: 'not-an-email' });
    expect(result.validationErrors?.fieldErrors.name).toEqual(['Enter a name.']);
    expect(result.validationErrors?.fieldErrors.email).toEqual(['Enter a valid email address.']);
  });
});
