import { describe, expect, it, vi } from 'vitest';
import { addNote } from '@/lib/leads/log-activity';
import { getSessionUser } from '@/lib/server/session';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { GET } from './route';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const call = (orgSlug: string, leadId: string, query = '') =>
  GET(new Request(`http://beacon.test/api/orgs/${orgSlug}/leads/${leadId}/activities?${query}`), { params: Promise.resolve({ orgSlug, leadId }) });

describe('GET /api/orgs/{orgSlug}/leads/{leadId}/activities', () => {
  it('pages through the lead’s timeline newest first, with the actor’s name', async () => {
    const ctx = ctxFor(testDb.db, w.a.org, w.a.owner, 'owner');
    for (const body of ['one', 'two', 'three']) await addNote(ctx, { leadId: w.a.lead.id, body });

    const first = await (await call(w.a.org.slug, w.a.lead.id, 'limit=2')).json();
    expect(first.items.map((a: { body: string }) => a.body)).toEqual(['three', 'two']);
    expect(first.items[0]).toMatchObject({ type: 'note', actorType: 'user', actorName: 'Owner A' });

    const second = await (await call(w.a.org.slug, w.a.lead.id, `limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((a: { type: string; body: string }) => a.body)).toEqual(['one', 'Task A']);
    expect(second.nextCursor).toBeNull();
  });

  it("answers 404 for another workspace's lead, a malformed id and a non-member", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const foreign = await call(w.b.org.slug, w.a.lead.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('Task A');
    expect((await call(w.b.org.slug, 'nope')).status).toBe(404);
    expect((await call(w.a.org.slug, w.a.lead.id)).status).toBe(404);
  });

  it('answers 422 to a bad limit and 400 to a forged cursor', async () => {
    expect((await call(w.a.org.slug, w.a.lead.id, 'limit=500')).status).toBe(422);
    expect((await call(w.a.org.slug, w.a.lead.id, 'cursor=forged')).status).toBe(400);
  });
});
