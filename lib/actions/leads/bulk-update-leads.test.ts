import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { activities, leads } from '@/db/schema';
import { createLead } from '@/lib/leads/create-lead';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { bulkUpdateLeadsAction } from './bulk-update-leads';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

async function addLeads(orgId: string, inputs: { name: string; company?: string; tags?: string[] }[]) {
  const created = [];
  for (const input of inputs) created.push((await createLead(testDb.db, { orgId, input })).lead);
  return created;
}

const leadsOf = (orgId: string) => testDb.db.select().from(leads).where(eq(leads.orgId, orgId));

describe('bulk-update-leads action', () => {
  it('assigns the ticked leads to an owner', async () => {
    const result = await bulkUpdateLeadsAction({
      orgSlug: w.a.org.slug,
      selection: { ids: [w.a.lead.id, w.a.secondLead.id] },
      operation: { type: 'assign', ownerId: w.a.admin.id },
    });
    expect(result.data).toEqual({ affected: 2, type: 'assign' });
    const rows = await leadsOf(w.a.org.id);
    expect(rows.map((row) => row.ownerId)).toEqual([w.a.admin.id, w.a.admin.id]);
  });

  it('moves every lead matching the filter, not only a page, and logs each move', async () => {
    const vips = await addLeads(w.a.org.id, [
      { name: 'Vip 1', tags: ['vip'] },
      { name: 'Vip 2', tags: ['vip', 'eu'] },
      { name: 'Vip 3', tags: ['vip'] },
    ]);
    await addLeads(w.a.org.id, [{ name: 'Plain', tags: ['eu'] }]);

    const result = await bulkUpdateLeadsAction({
      orgSlug: w.a.org.slug,
      selection: { filter: { tags: 'vip' } },
      operation: { type: 'stage', stageId: w.a.otherStage.id },
    });
    expect(result.data?.affected).toBe(3);
    const moved = await testDb.db.select().from(leads).where(eq(leads.stageId, w.a.otherStage.id));
    expect(moved.map((lead) => lead.id).sort()).toEqual(vips.map((lead) => lead.id).sort());
    const logged = await testDb.db
      .select()
      .from(activities)
      .where(and(eq(activities.type, 'stage_changed'), inArray(activities.leadId, vips.map((lead) => lead.id))));
    expect(logged).toHaveLength(3);
  });

  it('deletes all leads matching a search and keeps the rest', async () => {
    await addLeads(w.a.org.id, [
      { name: 'Ann', company: 'Acme Corp' },
      { name: 'Bob', company: 'ACME Labs' },
      { name: 'Cy', company: 'Globex' },
    ]);
    const result = await bulkUpdateLeadsAction({ orgSlug: w.a.org.slug, selection: { filter: { q: 'acme' } }, operation: { type: 'delete' } });
    expect(result.data?.affected).toBe(2);
    expect((await leadsOf(w.a.org.id)).map((lead) => lead.name).sort()).toEqual(['Cy', 'Lead A', 'Second lead A']);
  });

  it('adds and removes a tag on every lead of an empty filter (the whole workspace)', async () => {
    const added = await bulkUpdateLeadsAction({ orgSlug: w.a.org.slug, selection: { filter: {} }, operation: { type: 'add_tag', tag: 'q3' } });
    expect(added.data?.affected).toBe(2);
    expect((await leadsOf(w.a.org.id)).every((lead) => lead.tags.includes('q3'))).toBe(true);
    const removed = await bulkUpdateLeadsAction({ orgSlug: w.a.org.slug, selection: { filter: { scoreMin: '0' } }, operation: { type: 'remove_tag', tag: 'q3' } });
    expect(removed.data?.affected).toBe(2);
    expect((await leadsOf(w.a.org.id)).some((lead) => lead.tags.includes('q3'))).toBe(false);
  });

  it('refuses an owner from outside the workspace', async () => {
    const result = await bulkUpdateLeadsAction({ orgSlug: w.a.org.slug, selection: { ids: [w.a.lead.id] }, operation: { type: 'assign', ownerId: w.b.owner.id } });
    expect(result.serverError).toBe('The owner must be a member of this workspace.');
    expect((await leadsOf(w.a.org.id)).every((lead) => lead.ownerId === null)).toBe(true);
  });

  it("never reaches another workspace's leads, by ids or by an empty filter", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const byIds = await bulkUpdateLeadsAction({ orgSlug: w.b.org.slug, selection: { ids: [w.a.lead.id] }, operation: { type: 'delete' } });
    expect(byIds.data?.affected).toBe(0);
    const byFilter = await bulkUpdateLeadsAction({ orgSlug: w.b.org.slug, selection: { filter: {} }, operation: { type: 'delete' } });
    expect(byFilter.data?.affected).toBe(0);
    const inA = await bulkUpdateLeadsAction({ orgSlug: w.a.org.slug, selection: { filter: {} }, operation: { type: 'delete' } });
    expect(inA.serverError).toBe('Workspace not found.');
    expect(await leadsOf(w.a.org.id)).toHaveLength(2);
  });

  it('rejects a malformed filter as a validation error', async () => {
    const result = await bulkUpdateLeadsAction({ orgSlug: w.a.org.slug, selection: { filter: { stageId: 'nope' } }, operation: { type: 'delete' } });
    expect(result.validationErrors).toBeDefined();
    expect(await leadsOf(w.a.org.id)).toHaveLength(2);
  });
});
