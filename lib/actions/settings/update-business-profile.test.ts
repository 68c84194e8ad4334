import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLogs, businessProfiles } from '@/db/schema';
import { getBusinessProfile } from '@/lib/ai/business-profile';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { updateBusinessProfileAction } from './update-business-profile';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.admin });

const profile = { description: 'We build websites for dental practices.', industry: 'Healthcare marketing', audience: 'Practice owners', goals: '20 demos a month', voice: 'Warm and plain' };

describe('business profile', () => {
  it('reads as empty fields with the workspace name before anyone fills it in', async () => {
    expect(await getBusinessProfile(testDb.db, w.a.org.id)).toEqual({ name: w.a.org.name, description: '', industry: '', audience: '', goals: '', voice: '' });
  });

  it('is saved by an admin (trimmed, then updated in place) and audited with the changed fields', async () => {
    const saved = await updateBusinessProfileAction({ orgSlug: w.a.org.slug, ...profile, industry: '  Healthcare marketing ' });
    expect(saved.data).toEqual({ name: w.a.org.name, ...profile });
    await updateBusinessProfileAction({ orgSlug: w.a.org.slug, ...profile, voice: '' });
    expect(await getBusinessProfile(testDb.db, w.a.org.id)).toEqual({ name: w.a.org.name, ...profile, voice: '' });
    expect(await testDb.db.select().from(businessProfiles).where(eq(businessProfiles.orgId, w.a.org.id))).toEqual([expect.objectContaining({ updatedById: w.a.admin.id })]);
    const audits = await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, w.a.org.id), eq(auditLogs.action, 'org.business_profile_updated'))).orderBy(auditLogs.createdAt);
    expect(audits.map((row) => row.metadata)).toEqual([{ changed: ['description', 'industry', 'audience', 'goals', 'voice'] }, { changed: ['voice'] }]);
  });

  it('rejects over-long fields with field errors, saving nothing', async () => {
    const result = await updateBusinessProfileAction({ orgSlug: w.a.org.slug, ...profile, industry: 'x'.repeat(121), description: 'y'.repeat(2001) });
    expect(result.validationErrors?.fieldErrors.industry).toEqual(['Keep the industry under 120 characters.']);
    expect(result.validationErrors?.fieldErrors.description).toBeDefined();
    expect(await testDb.db.select().from(businessProfiles)).toEqual([]);
  });

  it('is for admins only, and another workspace cannot write it', async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    expect((await updateBusinessProfileAction({ orgSlug: w.a.org.slug, ...profile })).serverError).toBe('You do not have permission to do that in this workspace.');
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    expect((await updateBusinessProfileAction({ orgSlug: w.a.org.slug, ...profile })).serverError).toBe('Workspace not found.');
    expect(await testDb.db.select().from(businessProfiles)).toEqual([]);
  });
});
