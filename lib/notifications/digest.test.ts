import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { emailMessages, notificationDigests, notifications, orgMembers, users } from '@/db/schema';
import { EmailRefusedError, type EmailProvider } from '@/lib/providers/email';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { addMember, createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { createTestStep, runCronJob, runEventJob, testJobContext } from '@/tests/helpers/jobs';
import { createNotification } from './create-notification';
import { sendNotificationDigest } from './digest';
import { startDigestAttempt } from './digest-attempt';
import { DIGEST_PAGE, NOTIFICATIONS_DIGEST_JOB, NOTIFICATIONS_DIGEST_SEND_JOB } from './jobs';

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
  return { ada, bo, cy, di, acme, globex, notify, adaIds: adaIds as string[] };
}

const digestsTo = (email: string) => testDb.db.select().from(emailMessages).where(eq(emailMessages.toAddress, email));
const undigested = (userId: string) =>
  testDb.db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.digestedAt)));
const attempt = async (userId: string, day = DAY) =>
  (await testDb.db.select().from(notificationDigests).where(and(eq(notificationDigests.userId, userId), eq(notificationDigests.day, day))))[0];
const sendDigest = (userId: string, provider?: EmailProvider, day = DAY) => sendNotificationDigest(testDb.db, { userId, day }, provider);
const throwing = (error: unknown): EmailProvider => ({ name: 'resend', deliver: async () => { throw error; } });

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

  it(`pages the recipients: no step result holds more than ${DIGEST_PAGE} user ids`, async () => {
    const { ada, acme } = await setup();
    const many = await testDb.db
      .insert(users)
      .values(Array.from({ length: DIGEST_PAGE }, (_, i) => ({ email: `bulk-${i}@example.test`, name: `Bulk ${i}` })))
      .returning({ id: users.id });
    await testDb.db.insert(orgMembers).values(many.map((user) => ({ orgId: acme.id, userId: user.id, role: 'member' as const })));
    await testDb.db.insert(notifications).values(many.map((user) => ({ orgId: acme.id, userId: user.id, type: 'task_assigned' as const, title: 'Bulk', dedupeKey: 'bulk' })));

    const { step, sent, results } = createTestStep();
    const event = { name: 'cron' as const, data: { scheduledFor: `${DAY}T08:00:00.000Z` }, id: 'tick' };
    const result = await NOTIFICATIONS_DIGEST_JOB.handler({ event, step, ctx: testJobContext(testDb.db) });

    expect(result).toEqual({ day: DAY, users: DIGEST_PAGE + 1 });
    const pages = [...results].filter(([id]) => id.startsWith('find-recipients-'));
    expect(pages.map(([id, ids]) => [id, (ids as string[]).length])).toEqual([['find-recipients-0', DIGEST_PAGE], ['find-recipients-1', 1]]);
    expect([...results.keys()].filter((id) => id.startsWith('digest-users-'))).toEqual(['digest-users-0', 'digest-users-1']);
    const recipients = sent.map((e) => (e.data as { userId: string }).userId);
    expect(new Set(recipients).size).toBe(DIGEST_PAGE + 1);
    expect(recipients).toEqual(expect.arrayContaining([ada.id, ...many.map((user) => user.id)]));
  });
});

describe('notifications-digest-send', () => {
  it('emails one digest grouped by workspace through the outbox, records the attempt, and a second run sends nothing', async () => {
    const { ada, acme, globex, adaIds } = await setup();
    const first = await runEventJob(testDb.db, NOTIFICATIONS_DIGEST_SEND_JOB, { userId: ada.id, day: DAY });
    expect(first.result).toEqual({ day: DAY, outcome: 'sent', notifications: 3, emailId: expect.any(String) });

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
    expect(await attempt(ada.id)).toMatchObject({ status: 'sent', notificationCount: 3, emailMessageId: email!.id, error: null });

    const claimed = await testDb.db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, ada.id), isNotNull(notifications.digestedAt)));
    expect(claimed.map((row) => row.id).sort()).toEqual([...adaIds].sort());

    const second = await runEventJob(testDb.db, NOTIFICATIONS_DIGEST_SEND_JOB, { userId: ada.id, day: DAY });
    expect(second.result).toEqual({ day: DAY, outcome: 'already_sent', notifications: 0, emailId: null });
    expect(await digestsTo(ada.email)).toHaveLength(1);
  });

  it('sends once when two runs for the same day overlap', async () => {
    const { ada } = await setup();
    const outcomes = await Promise.all([sendDigest(ada.id), sendDigest(ada.id)]);
    expect(outcomes.filter((r) => r.outcome === 'sent')).toHaveLength(1);
    expect(await digestsTo(ada.email)).toHaveLength(1);
    expect(await attempt(ada.id)).toMatchObject({ status: 'sent' });
  });

  it("leaves news that arrives after the day's digest for the next day's", async () => {
    const { ada, acme, notify } = await setup();
    await sendDigest(ada.id);
    await notify(acme, ada.id, 'late');
    expect(await sendDigest(ada.id)).toMatchObject({ outcome: 'already_sent' });
    expect(await undigested(ada.id)).toHaveLength(2); // the read one and the late one
    expect(await sendDigest(ada.id, undefined, '2030-03-05')).toMatchObject({ outcome: 'sent', notifications: 1 });
  });

  it('sends nothing to a user who turned the digest off, or about a workspace they left, and records no attempt', async () => {
    const { bo, cy, di } = await setup();
    for (const user of [bo, di, cy]) {
      expect((await runEventJob(testDb.db, NOTIFICATIONS_DIGEST_SEND_JOB, { userId: user.id, day: DAY })).result).toMatchObject({ outcome: 'nothing_to_send' });
      expect(await digestsTo(user.email)).toEqual([]);
      expect(await attempt(user.id)).toBeUndefined();
    }
    expect(await undigested(bo.id)).toHaveLength(1);
  });

  it('on a provider refusal: marks the attempt failed, hands the notifications back and throws, so the retry sends them', async () => {
    const { ada, adaIds } = await setup();
    const refusal = new EmailRefusedError('Resend refused the message (429): Too many requests', 429);
    await expect(sendDigest(ada.id, throwing(refusal))).rejects.toBe(refusal);
    expect((await undigested(ada.id)).length).toBe(adaIds.length + 1);
    expect(await digestsTo(ada.email)).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(await attempt(ada.id)).toMatchObject({ status: 'failed', error: expect.stringContaining('Too many requests') });

    expect(await sendDigest(ada.id)).toMatchObject({ outcome: 'sent', notifications: 3 });
    expect(await attempt(ada.id)).toMatchObject({ status: 'sent', notificationCount: 3, error: null });
  });

  it('keeps a failed attempt failed when nothing is left to carry on the retry', async () => {
    const { ada } = await setup();
    await expect(sendDigest(ada.id, throwing(new EmailRefusedError('refused', 422)))).rejects.toThrow('refused');
    await testDb.db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.userId, ada.id));
    expect(await sendDigest(ada.id)).toMatchObject({ outcome: 'nothing_to_send' });
    expect(await attempt(ada.id)).toMatchObject({ status: 'failed' });
  });

  it.each([
    ['a timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError')],
    ['a network error', new TypeError('fetch failed')],
    ['an unconfirmed 5xx', new Error('Resend did not confirm the message: Internal server error')],
  ])('after %s: records the attempt as unknown, keeps the claim and never sends again', async (_name, error) => {
    const { ada } = await setup();
    expect(await sendDigest(ada.id, throwing(error))).toEqual({ day: DAY, outcome: 'unknown', notifications: 3, emailId: null });
    expect(await attempt(ada.id)).toMatchObject({ status: 'unknown', error: expect.any(String) });
    expect(await undigested(ada.id)).toHaveLength(1); // only the read one: the three stay claimed

    // Neither the job's retry nor tomorrow's tick resends it.
    expect((await runEventJob(testDb.db, NOTIFICATIONS_DIGEST_SEND_JOB, { userId: ada.id, day: DAY })).result).toMatchObject({ outcome: 'unknown' });
    expect((await runCronJob(testDb.db, NOTIFICATIONS_DIGEST_JOB, new Date('2030-03-05T08:00:00Z'))).sent).toEqual([]);
    expect(await digestsTo(ada.email)).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(await attempt(ada.id)).toMatchObject({ status: 'unknown' });
  });

  it('does not resend after an attempt that died mid-send: it becomes unknown for a person to resolve', async () => {
    const { ada } = await setup();
    // What a crash right after the attempt was committed leaves behind: a `sending` row and claimed notifications.
    expect(await startDigestAttempt(testDb.db, { userId: ada.id, day: DAY })).toMatchObject({ kind: 'claimed' });
    expect(await sendDigest(ada.id)).toMatchObject({ outcome: 'unknown' });
    expect(await digestsTo(ada.email)).toEqual([]);
    expect(await attempt(ada.id)).toMatchObject({ status: 'unknown', notificationCount: 3 });
  });

  it('skips a disabled account', async () => {
    const { ada } = await setup();
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, ada.id));
    expect(await sendDigest(ada.id)).toMatchObject({ outcome: 'nothing_to_send' });
    expect(await digestsTo(ada.email)).toEqual([]);
  });
});
