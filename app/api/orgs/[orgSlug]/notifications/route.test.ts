import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey } from '@/lib/auth/api-keys';
import { createNotification } from '@/lib/notifications/create-notification';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase } from '@/tests/db';
import { addMember, createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { GET } from './route';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

function signIn(user: { id: string; email: string } | null) {
  sessionUser.mockResolvedValue(user && { id: user.id, email: user.email, name: null, isStaff: false, lastOrgId: null });
}

function call(orgSlug: string, query = '') {
  return GET(new Request(`http://beacon.test/api/orgs/${orgSlug}/notifications${query}`), { params: Promise.resolve({ orgSlug }) });
}

async function setup() {
  const owner = await createTestUser(testDb.db);
  const member = await createTestUser(testDb.db);
  const org = await createTestOrg(testDb.db, owner);
  await addMember(testDb.db, org, member, 'member');
  const notify = (userId: string, key: string) =>
    createNotification(testDb.db, { orgId: org.id, userId, type: 'task_assigned', title: key, href: `/app/${org.slug}/tasks`, dedupeKey: key });
  for (const key of ['first', 'second', 'third']) await notify(member.id, key);
  await notify(owner.id, 'owners-own');
  return { owner, member, org };
}

describe('GET /api/orgs/{orgSlug}/notifications', () => {
  it("pages through the member's own notifications with the unread count", async () => {
    const { member, org } = await setup();
    signIn(member);
    const response = await call(org.slug, '?limit=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const first = await response.json();
    expect(first.items.map((item: { title: string }) => item.title)).toEqual(['third', 'second']);
    expect(first.items[0]).toMatchObject({ type: 'task_assigned', readAt: null, href: `/app/${org.slug}/tasks`, createdAt: expect.any(String) });
    expect(first.unreadCount).toBe(3);

    const second = await (await call(org.slug, `?limit=2&unreadOnly=true&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { title: string }) => item.title)).toEqual(['first']);
    expect(second.nextCursor).toBeNull();
  });

  it('answers 401 signed out and 404 to someone outside the workspace', async () => {
    const { org } = await setup();
    signIn(null);
    expect((await call(org.slug)).status).toBe(401);
    signIn(await createTestUser(testDb.db));
    expect((await call(org.slug)).status).toBe(404);
  });

  it('answers 403 to an API key of the workspace: its scopes never include notifications', async () => {
    const { owner, org } = await setup();
    const { secret } = await createApiKey(ctxFor(testDb.db, org, owner, 'owner'), { name: 'k', scopes: ['org.read', 'tasks.read'] });
    const response = await GET(
      new Request(`http://beacon.test/api/orgs/${org.slug}/notifications`, { headers: { authorization: `Bearer ${secret}` } }),
      { params: Promise.resolve({ orgSlug: org.slug }) },
    );
    expect(response.status).toBe(403);
  });

  it('answers 422 with field errors to bad parameters and 400 to a forged cursor', async () => {
    const { member, org } = await setup();
    signIn(member);
    const bad = await call(org.slug, '?limit=500&unreadOnly=maybe');
    expect(bad.status).toBe(422);
    const fields = (await bad.json()).errors.map((error: { pointer?: string; field?: string }) => JSON.stringify(error));
    expect(fields.join()).toMatch(/limit/);
    expect(fields.join()).toMatch(/unreadOnly/);
    expect((await call(org.slug, '?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
  });
});
