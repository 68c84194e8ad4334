import { beforeAll, describe, expect, it, vi } from 'vitest';
import { recordAudit } from '@/lib/audit/record-audit';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase } from '@/tests/db';
import { addMember, createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { GET } from './route';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

function signIn(user: { id: string; email: string }) {
  sessionUser.mockResolvedValue({ id: user.id, email: user.email, name: null, isStaff: false, lastOrgId: null });
}

function call(orgSlug: string, query = '') {
  return GET(new Request(`http://beacon.test/api/orgs/${orgSlug}/audit-logs${query}`), { params: Promise.resolve({ orgSlug }) });
}

async function setup() {
  const owner = await createTestUser(testDb.db);
  const org = await createTestOrg(testDb.db, owner);
  const other = await createTestOrg(testDb.db, owner);
  for (let i = 0; i < 3; i++) await recordAudit(testDb.db, { orgId: org.id, actorType: 'user', actorUserId: owner.id, action: `test.event_${i}` });
  await recordAudit(testDb.db, { orgId: other.id, actorType: 'user', actorUserId: owner.id, action: 'test.other_org' });
  return { owner, org };
}

describe('GET /api/orgs/{orgSlug}/audit-logs', () => {
  it('pages through the workspace’s own rows, newest first, with the actor’s email', async () => {
    const { owner, org } = await setup();
    signIn(owner);
    const first = await (await call(org.slug, '?limit=2')).json();
    expect(first.items.map((item: { action: string }) => item.action)).toEqual(['test.event_2', 'test.event_1']);
    expect(first.items[0].actorEmail).toBe(owner.email);
    expect(first.nextCursor).toEqual(expect.any(String));

    const second = await (await call(org.slug, `?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { action: string }) => item.action)).toEqual(['test.event_0']);
    expect(second.nextCursor).toBeNull();
  });

  it('answers 403 to a plain member and 404 to a non-member', async () => {
    const { org } = await setup();
    const member = await createTestUser(testDb.db);
    await addMember(testDb.db, org, member, 'member');
    signIn(member);
    expect((await call(org.slug)).status).toBe(403);

    signIn(await createTestUser(testDb.db));
    expect((await call(org.slug)).status).toBe(404);
  });

  it('answers 422 to an invalid limit and 400 to a forged cursor', async () => {
    const { owner, org } = await setup();
    signIn(owner);
    expect((await call(org.slug, '?limit=5000')).status).toBe(422);
    expect((await call(org.slug, '?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
  });
});
