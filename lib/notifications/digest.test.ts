import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { emailMessages, notifications, orgMembers, users } from '@/db/schema';
import type { EmailProvider } from '@/lib/providers/email';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { addMember, createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { runCronJob, runEventJob } from '@/tests/helpers/jobs';
import { createNotification } from './create-notification';
import { sendNotificationDigest } from './digest';
import { NOTIFICATIONS_DIGEST_JOB, NOTIFICATIONS_DIGEST_SEND_JOB } from './jobs';

const testDb = setupTestDatabase();
const DAY = '2030-03-04';

/**
 * Ada wants the digest and has unread news in two workspaces (plus one read item); Bo turned it off; Cy has
 * read everything; Di left the workspace her notification is from.
 */
async function setup() {
  const db = testDb.db;
  await truncateAll(db);
  const ada = await createTestUser(db, { name: 'Ada' });
  const bo = await createTestUser(db, { name: 'Bo', notificationDigest: false });
  const cy = await createTestUser(db, { name: 'Cy' });
  const di = await createTestUser(db, { name: 'Di' });
  const acme = await createTestOrg(db, ada, { name: 'Acme' });
  const globex = await createTestOrg(db, ada, { name: 'Globex' });
  for (const user of [bo, cy, di]) await addMember(db, acme, user, 'member');
  const notify = (org: { id: string; slug: string }, userId: string, key: string) =>
    createNotification(db, { orgId: org.id, userId, type: 'task_assigned', title: `Task ${key}`, body: `About ${key}`, href: `/app/${org.slug}/tasks`, dedupeKey: key });
  const adaIds = [await notify(acme, ada.id, 'acme-1'), await notify(acme, ada.id, 'acme-2'), await notify(globex, ada.id, 'globex-1')];
  const readOne = await notify(acme, ada.id, 'acme-read');
  await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, readOne!));
  await notify(acme, bo.id, 'bo-1');
  const cyOne = await notify(acme, cy.id, 'cy-1');
  await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, cyOne!));
  await notify(acme, di.id, 'di-1');
  await db.delete(orgMembers).where(and(eq(orgMembers.orgId, acme.id), eq(orgMembers.userId, di.id)));
  return { ada, bo, cy, di, acme, globex, adaIds: adaIds as string[] };
}

const digestsTo = (email: string) => testDb.db.select().from(emailMessages).where(eq(emailMessages.toAddress, email));
const undigested = (userId: string) =>
  testDb.db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.digestedAt)));

describe('notifications-digest (cron)', () => {
  it('starts one digest per opted-in user with unread, undigested notifications in a workspace they belong to', async () => {
    const { ada } = await setup();
    const { result, sent } = await runCronJob(testDb.db, NOTIFICATIONS_DIGEST_JOB, new Date(`${DAY}T08:00:00Z`));
    expect(result).toEqual({ day: DAY, users: 1 });
    expect(sent).toEqual([{ name: 'notifications/digest.send', data: { userId: ada.id, day: DAY }, id: `digest:${ada.id}:${DAY}` }]);
  });

  it('starts none once the digest went out', async () => {
    const { ada } = await setup();
    await runEventJob(testDb.db, NOTIFICATIONS_DIGEST_SEND_JOB, { userId: ada.id, day: DAY });
    expect((await runCronJob(testDb.db, NOTIFICATIONS_DIGEST_JOB, new Date(`${DAY}T08:00:00Z`))).sent).toEqual([]);
  });
});

describe('notifications-digest-send', () => {
  it('emails one digest grouped by workspace through the outbox, and a second run sends nothing', async () => {
    const { ada, acme, globex, adaIds } = await setup();
    const first = await runEventJob(testDb.db, NOTIFICATIONS_DIGEST_SEND_JOB, { userId: ada.id, day: DAY });
    expect(first.result).toEqual({ day: DAY, sent: true, notifications: 3, emailId: expect.any(String) });

    const [email, ...more] = await digestsTo(ada.email);
    expect(more).toEqual([]);
    expect(email).toMatchObject({ provider: 'outbox', status: 'stored', tag: 'notifications.digest', subject: 'You have 3 unread notifications in Beacon' });
    const text = email!.text;
    expect(text).toContain('Acme: 2 unread notifications');
    expect(text).toContain('Globex: 1 unread notification');
    expect(text).toContain(`/app/${acme.slug}/notifications`);
    expect(text).toContain(`/app/${globex.slug}/notifications`);
    expect(text.indexOf('Task acme-2')).toBeLessThan(text.indexOf('Task acme-1'));
    expect(text).not.toContain('acme-read');
    expect(email!.html).toContain('Open Beacon');

    const claimed = await testDb.db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, ada.id), isNotNull(notifications.digestedAt)));
    expect(claimed.map((row) => row.id).sort()).toEqual([...adaIds].sort());

    const second = await runEventJob(testDb.db, NOTIFICATIONS_DIGEST_SEND_JOB, { userId: ada.id, day: DAY });
    expect(second.result).toEqual({ day: DAY, sent: false, notifications: 0, emailId: null });
    expect(await digestsTo(ada.email)).toHaveLength(1);
  });

  it('sends nothing to a user who turned the digest off, or about a workspace they left', async () => {
    const { bo, di } = await setup();
    await runEventJob(testDb.db, NOTIFICATIONS_DIGEST_SEND_JOB, { userId: bo.id, day: DAY });
    await runEventJob(testDb.db, NOTIFICATIONS_DIGEST_SEND_JOB, { userId: di.id, day: DAY });
    expect(await digestsTo(bo.email)).toEqual([]);
    expect(await digestsTo(di.email)).toEqual([]);
    expect(await undigested(bo.id)).toHaveLength(1);
  });

  it('leaves the notifications undigested when the provider fails, so the retry sends them', async () => {
    const { ada, adaIds } = await setup();
    const failing: EmailProvider = { name: 'resend', deliver: async () => { throw new Error('provider down'); } };
    await expect(sendNotificationDigest(testDb.db, { userId: ada.id, day: DAY }, failing)).rejects.toThrow('provider down');
    expect((await undigested(ada.id)).length).toBe(adaIds.length + 1);
    expect(await digestsTo(ada.email)).toEqual([expect.objectContaining({ status: 'failed' })]);

    const retry = await sendNotificationDigest(testDb.db, { userId: ada.id, day: DAY });
    expect(retry).toMatchObject({ sent: true, notifications: 3 });
  });

  it('skips a disabled account', async () => {
    const { ada } = await setup();
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, ada.id));
    expect(await sendNotificationDigest(testDb.db, { userId: ada.id, day: DAY })).toMatchObject({ sent: false });
    expect(await digestsTo(ada.email)).toEqual([]);
  });
});
