import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { addMember, createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { createNotification } from './create-notification';
import { countUnread, listNotifications, markNotificationsRead } from './queries';

const testDb = setupTestDatabase();

/** A workspace with two members (each with notifications there) and a second workspace of the first one's. */
async function setup() {
  const db = testDb.db;
  const me = await createTestUser(db);
  const colleague = await createTestUser(db);
  const org = await createTestOrg(db, me);
  const otherOrg = await createTestOrg(db, me);
  await addMember(db, org, colleague, 'member');
  const notify = (orgId: string, userId: string, key: string) =>
    createNotification(db, { orgId, userId, type: 'task_assigned', title: `Title ${key}`, body: `Body ${key}`, href: '/app/x/tasks', dedupeKey: key });
  const mine: string[] = [];
  for (let i = 0; i < 5; i++) mine.push((await notify(org.id, me.id, `mine-${i}`))!);
  await notify(org.id, colleague.id, 'colleague-0');
  await notify(otherOrg.id, me.id, 'other-org-0');
  return { me, colleague, org, otherOrg, mine, ctx: ctxFor(db, org, me, 'owner'), colleagueCtx: ctxFor(db, org, colleague, 'member') };
}

describe('listNotifications', () => {
  it('pages through only my notifications in this workspace, newest first', async () => {
    const { ctx } = await setup();
    const first = await listNotifications(ctx, { limit: 3 });
    expect(first.items.map((n) => n.title)).toEqual(['Title mine-4', 'Title mine-3', 'Title mine-2']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listNotifications(ctx, { limit: 3, cursor: first.nextCursor });
    expect(second.items.map((n) => n.title)).toEqual(['Title mine-1', 'Title mine-0']);
    expect(second.nextCursor).toBeNull();
  });

  it("never shows another member's or another workspace's notifications", async () => {
    const { colleagueCtx, ctx, otherOrg, me } = await setup();
    expect((await listNotifications(colleagueCtx, {})).items.map((n) => n.title)).toEqual(['Title colleague-0']);
    const otherCtx = ctxFor(testDb.db, otherOrg, me, 'owner');
    expect((await listNotifications(otherCtx, {})).items.map((n) => n.title)).toEqual(['Title other-org-0']);
    expect((await listNotifications(ctx, {})).items).toHaveLength(5);
  });

  it('filters to unread ones', async () => {
    const { ctx, mine } = await setup();
    await markNotificationsRead(ctx, { ids: [mine[4]!, mine[0]!] });
    expect((await listNotifications(ctx, { unreadOnly: true })).items.map((n) => n.title)).toEqual(['Title mine-3', 'Title mine-2', 'Title mine-1']);
  });

  it('refuses a forged cursor and a caller without a user (an API key)', async () => {
    const { ctx } = await setup();
    await expectAppError(listNotifications(ctx, { cursor: 'bm9wZQ' }), 'bad_request');
    await expectAppError(listNotifications({ ...ctx, user: null, actor: 'api_key' }, {}), 'forbidden');
  });
});

describe('markNotificationsRead and countUnread', () => {
  it('marks one read, then all, counting only my unread ones here', async () => {
    const { ctx, colleagueCtx, me, otherOrg, mine } = await setup();
    expect(await countUnread(ctx)).toBe(5);
    expect(await markNotificationsRead(ctx, { ids: [mine[2]!] })).toEqual({ updated: 1 });
    expect(await countUnread(ctx)).toBe(4);
    expect((await listNotifications(ctx, {})).items.find((n) => n.id === mine[2])?.readAt).toBeInstanceOf(Date);

    expect(await markNotificationsRead(ctx, { all: true })).toEqual({ updated: 4 });
    expect(await countUnread(ctx)).toBe(0);
    // "All" means mine, in this workspace.
    expect(await countUnread(colleagueCtx)).toBe(1);
    expect(await countUnread(ctxFor(testDb.db, otherOrg, me, 'owner'))).toBe(1);
  });

  it("ignores ids that are another member's or another workspace's", async () => {
    const { ctx, colleagueCtx, otherOrg, me } = await setup();
    const [colleagues] = (await listNotifications(colleagueCtx, {})).items;
    const [otherWorkspace] = (await listNotifications(ctxFor(testDb.db, otherOrg, me, 'owner'), {})).items;
    expect(await markNotificationsRead(ctx, { ids: [colleagues!.id, otherWorkspace!.id] })).toEqual({ updated: 0 });
    expect(await countUnread(colleagueCtx)).toBe(1);
    expect(await countUnread(ctxFor(testDb.db, otherOrg, me, 'owner'))).toBe(1);
  });
});
