import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createLead } from '@/lib/leads/create-lead';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { describeLeadsAction } from './describe-leads';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

describe('describeLeadsAction', () => {
  it("returns name and email of this workspace's leads only; other ids are missing from the answer", async () => {
    const { lead: leadB } = await createLead(testDb.db, { orgId: w.b.org.id, input: { name: 'Lead B', email: 'lead-b@example.test' } });
    const result = await describeLeadsAction({ orgSlug: w.a.org.slug, leadIds: [w.a.lead.id, leadB.id, randomUUID(), w.a.lead.id] });
    expect(result.data).toEqual({ leads: [{ id: w.a.lead.id, name: 'Lead A', email: 'lead-a@example.test' }] });
  });

  it('rejects malformed, missing and too many ids with field errors', async () => {
    const malformed = await describeLeadsAction({ orgSlug: w.a.org.slug, leadIds: ['nope'] });
    expect(malformed.validationErrors?.fieldErrors.leadIds).toEqual(['Not a lead id.']);
    expect((await describeLeadsAction({ orgSlug: w.a.org.slug, leadIds: [] })).validationErrors?.fieldErrors.leadIds).toEqual(['Name at least one lead.']);
    const many = Array.from({ length: 21 }, () => randomUUID());
    expect((await describeLeadsAction({ orgSlug: w.a.org.slug, leadIds: many })).validationErrors?.fieldErrors.leadIds).toEqual(['Name at most 20 leads.']);
  });

  it('answers "not found" to someone outside the workspace', async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await describeLeadsAction({ orgSlug: w.a.org.slug, leadIds: [w.a.lead.id] });
    expect(result.serverError).toBe('Workspace not found.');
    expect(result.data).toBeUndefined();
  });
});
