import { describe, expect, it, vi } from 'vitest';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { aiSecretsOfA, asSession, createIsolationWorkspaces, readAiRows } from './fixtures';
import { ORG_ACTIONS } from './org-actions';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
// Next's request-scoped helpers, replaced so actions can run outside a request.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'beacon.test', 'x-forwarded-for': '203.0.113.9' }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: () => null, create: createIsolationWorkspaces });

const ROLE_BELOW = { owner: 'admin', admin: 'member', member: null } as const;

describe.each(ORG_ACTIONS)('server action $name', ({ action, input, badInput, minimumRole }) => {
  it('refuses a signed-out caller', async () => {
    const result = await action({ orgSlug: w.a.org.slug, ...input(w) } as never);
    expect(result.serverError).toBe('Your session has ended. Sign in again.');
  });

  it("answers 'not found' to another workspace's owner using A's slug", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await action({ orgSlug: w.a.org.slug, ...input(w) } as never);
    expect(result.serverError).toBe('Workspace not found.');
  });

  it("cannot reach A's objects from B's own workspace", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    // Whatever the action does in B (not found, refused, or acting on B's own data), A stays untouched.
    const result = await action({ orgSlug: w.b.org.slug, ...input(w) } as never);
    const answer = JSON.stringify(result);
    for (const secret of aiSecretsOfA(w.a)) expect(answer).not.toContain(secret);
    expect(await readAiRows(testDb.db, w.a.org.id)).toEqual(w.a.aiRows);
    const [orgA] = await testDb.db.query.orgs.findMany({ where: (orgs, { eq }) => eq(orgs.id, w.a.org.id) });
    expect(orgA?.name).toBe(w.a.org.name);
    const membersA = await testDb.db.query.orgMembers.findMany({ where: (m, { eq }) => eq(m.orgId, w.a.org.id) });
    expect(membersA.map((m) => m.role).sort()).toEqual(['admin', 'member', 'owner']);
  });

  it('refuses a role below its permission', async () => {
    const below = ROLE_BELOW[minimumRole];
    if (!below) return;
    sessionUser.mockResolvedValue(asSession(below === 'admin' ? w.a.admin : w.a.member));
    const result = await action({ orgSlug: w.a.org.slug, ...input(w) } as never);
    expect(result.serverError).toMatch(/permission|only an owner/i);
  });

  it('rejects invalid input with field errors', async () => {
    if (!badInput) return;
    sessionUser.mockResolvedValue(asSession(w.a.owner));
    const result = await action({ orgSlug: w.a.org.slug, ...badInput } as never);
    expect(result.validationErrors).toBeDefined();
  });
});

describe("A's pending invitation, API key, members, insight, rule setting and AI objects after B's owner tried every action", () => {
  it('are all still there', async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    for (const { action, input } of ORG_ACTIONS) {
      await action({ orgSlug: w.a.org.slug, ...input(w) } as never);
      await action({ orgSlug: w.b.org.slug, ...input(w) } as never);
    }
    const invite = await testDb.db.query.invitations.findFirst({ where: (i, { eq }) => eq(i.id, w.a.invite.id) });
    expect(invite?.revokedAt).toBeNull();
    const key = await testDb.db.query.apiKeys.findFirst({ where: (k, { eq }) => eq(k.id, w.a.apiKey.id) });
    expect(key?.revokedAt).toBeNull();
    const org = await testDb.db.query.orgs.findFirst({ where: (o, { eq }) => eq(o.id, w.a.org.id) });
    expect(org).toBeDefined();
    const insight = await testDb.db.query.insights.findFirst({ where: (i, { eq }) => eq(i.id, w.a.insight.id) });
    expect(insight).toMatchObject({ status: 'open', actedAt: null, dismissedAt: null });
    const settings = await testDb.db.query.insightRuleSettings.findMany({ where: (s, { eq }) => eq(s.orgId, w.a.org.id) });
    expect(settings).toMatchObject([{ rule: w.a.ruleSetting.rule, enabled: true, threshold: w.a.ruleSetting.threshold }]);
    // Profile, both strategy versions (the older still inactive), the draft post, the reply draft, the thread and its message.
    expect(await readAiRows(testDb.db, w.a.org.id)).toEqual(w.a.aiRows);
    expect(w.a.aiRows).toMatchObject({
      businessProfiles: [{ orgId: w.a.org.id }], strategies: [{ isActive: false }, { isActive: true }], posts: [{ status: 'draft', deletedAt: null }],
      replyDrafts: [{ status: 'draft' }], threads: [{ userId: w.a.owner.id }], messages: [{ threadId: w.a.thread.id }],
    });
  });
});
