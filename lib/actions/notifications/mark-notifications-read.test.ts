import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { notifications } from '@/db/schema';
import { createNotification } from '@/lib/notifications/create-notification';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { markNotificationsReadAction } from './mark-notifications-read';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

async function notify(orgId: string, userId: string, key: string) {
  return (await createNotification(testDb.db, { orgId, userId, type: 'task_assigned', title: key, dedupeKey: key }))!;
}
const unreadOf = async (userId: string) =>
  (await testDb.db.select({ title: notifications.title }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))).map((n) => n.title).sort();

describe('mark-notifications-read', () => {
  it('marks the named notifications read, then all of mine in the workspace', async () => {
    const one = await notify(w.a.org.id, w.a.member.id, 'one');
    await notify(w.a.org.id, w.a.member.id, 'two');
    await notify(w.a.org.id, w.a.owner.id, 'owners');

    expect((await markNotificationsReadAction({ orgSlug: w.a.org.slug, ids: [one] })).data).toEqual({ updated: 1 });
    expect(await unreadOf(w.a.member.id)).toEqual(['two']);
    expect((await markNotificationsReadAction({ orgSlug: w.a.org.slug, all: true })).data).toEqual({ updated: 1 });
    expect(await unreadOf(w.a.member.id)).toEqual([]);
    expect(await unreadOf(w.a.owner.id)).toEqual(['owners']);
  });

  it("cannot mark another member's notification, nor one from another workspace", async () => {
    const owners = await notify(w.a.org.id, w.a.owner.id, 'owners');
    const inB = await notify(w.b.org.id, w.b.owner.id, 'in-b');
    expect((await markNotificationsReadAction({ orgSlug: w.a.org.slug, ids: [owners, inB] })).data).toEqual({ updated: 0 });
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    expect((await markNotificationsReadAction({ orgSlug: w.b.org.slug, ids: [owners] })).data).toEqual({ updated: 0 });
    expect(await unreadOf(w.a.owner.id)).toEqual(['owners']);
  });

  it('answers bad input with field errors', async () => {
    const neither = await markNotificationsReadAction({ orgSlug: w.a.org.slug });
    expect(neither.validationErrors?.fieldErrors.ids).toEqual(['Name the notifications to mark read, or mark all of them.']);
    const badIds = await markNotificationsReadAction({ orgSlug: w.a.org.slug, ids: ['nope'] });
    expect(badIds.validationErrors?.fieldErrors.ids).toEqual(['Not a notification id.']);
  });
});
