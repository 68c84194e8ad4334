import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { savedViews } from '@/db/schema';
import { listSavedViews } from '@/lib/leads/saved-views';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { deleteSavedViewAction } from './delete-saved-view';
import { saveViewAction } from './save-view';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest();

describe('save-view and delete-saved-view actions', () => {
  it("saves the list's filter, sort and columns for the signed-in user only", async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    const query = { stageId: w.a.stage.id, tags: 'vip,eu', sort: 'score_desc' };
    const result = await saveViewAction({ orgSlug: w.a.org.slug, name: 'My hot leads', query, columns: ['name', 'score'] });
    expect(result.data?.name).toBe('My hot leads');

    const mine = await listSavedViews(testDb.db, { orgId: w.a.org.id, userId: w.a.member.id });
    expect(mine.map((view) => view.state)).toEqual([{ query, columns: ['name', 'score'] }]);
    const owners = await listSavedViews(testDb.db, { orgId: w.a.org.id, userId: w.a.owner.id });
    expect(owners.map((view) => view.name)).toEqual(['Hot']);
  });

  it('rejects a view whose filters the list could not read', async () => {
    sessionUser.mockResolvedValue(asSession(w.a.member));
    const result = await saveViewAction({ orgSlug: w.a.org.slug, name: 'Broken', query: { scoreMin: '500' } });
    expect(result.validationErrors).toBeDefined();
    expect(await listSavedViews(testDb.db, { orgId: w.a.org.id, userId: w.a.member.id })).toEqual([]);
  });

  it("deletes one's own view, and answers 'not found' for someone else's", async () => {
    sessionUser.mockResolvedValue(asSession(w.a.admin));
    const other = await deleteSavedViewAction({ orgSlug: w.a.org.slug, viewId: w.a.view.id });
    expect(other.serverError).toBe('View not found.');
    expect(await testDb.db.select().from(savedViews).where(eq(savedViews.id, w.a.view.id))).toHaveLength(1);

    sessionUser.mockResolvedValue(asSession(w.a.owner));
    const own = await deleteSavedViewAction({ orgSlug: w.a.org.slug, viewId: w.a.view.id });
    expect(own.data).toEqual({ id: w.a.view.id });
    expect(await testDb.db.select().from(savedViews).where(eq(savedViews.id, w.a.view.id))).toEqual([]);
  });

  it("cannot delete another workspace's view from one's own workspace", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await deleteSavedViewAction({ orgSlug: w.b.org.slug, viewId: w.a.view.id });
    expect(result.serverError).toBe('View not found.');
    expect(await testDb.db.select().from(savedViews).where(eq(savedViews.id, w.a.view.id))).toHaveLength(1);
  });
});
