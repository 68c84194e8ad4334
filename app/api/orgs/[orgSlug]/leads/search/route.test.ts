import { describe, expect, it, vi } from 'vitest';
import { createLead } from '@/lib/leads/create-lead';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { GET } from './route';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const call = (orgSlug: string, query: string) =>
  GET(new Request(`http://beacon.test/api/orgs/${orgSlug}/leads/search?${query}`), { params: Promise.resolve({ orgSlug }) });

describe('GET /api/orgs/{orgSlug}/leads/search', () => {
  it('finds the workspace’s leads by a name or email fragment, by name, at most 10', async () => {
    for (let i = 0; i < 12; i++) await createLead(testDb.db, { orgId: w.a.org.id, input: { name: `Bulk lead ${String(i).padStart(2, '0')}` } });
    await createLead(testDb.db, { orgId: w.b.org.id, input: { name: 'Lead in B', email: 'lead-b@example.test' } });

    const byEmail = await (await call(w.a.org.slug, 'q=lead-a2%40')).json();
    expect(byEmail.items.map((lead: { id: string }) => lead.id)).toEqual([w.a.secondLead.id]);

    const many = await (await call(w.a.org.slug, 'q=bulk')).json();
    expect(many.items).toHaveLength(10);
    expect(many.items[0].name).toBe('Bulk lead 00');

    const fromB = await (await call(w.a.org.slug, 'q=Lead%20in%20B')).json();
    expect(fromB.items).toEqual([]);
  });

  it('answers 422 without a query and 404 to a non-member', async () => {
    const empty = await call(w.a.org.slug, 'q=');
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors[0]).toMatchObject({ path: 'q' });

    sessionUser.mockResolvedValue(asSession(w.b.owner));
    expect((await call(w.a.org.slug, 'q=lead')).status).toBe(404);
  });
});
