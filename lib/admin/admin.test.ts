import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLogs, emailMessages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { addMember, createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { listAllAudit, listAuditActionNames } from './list-all-audit';
import { getOutboxMessage, listOutbox } from './outbox';
import { getStaffStats } from './stats';

const testDb = setupTestDatabase();

beforeEach(async () => {
  await truncateAll(testDb.db);
});

async function insertEmail(toAddress: string, createdAt: Date, subject = 'Hello') {
  const [row] = await testDb.db
    .insert(emailMessages)
    .values({ provider: 'outbox', toAddress, fromAddress: 'beacon@example.test', subject, html: '<p>Hi</p>', text: 'Hi', tag: 'test', createdAt })
    .returning();
  return row!;
}

describe('getStaffStats', () => {
  it('counts rows across every workspace, audit rows of the last 24 hours only', async () => {
    const { db } = testDb;
    const owner = await createTestUser(db);
    const other = await createTestUser(db);
    const orgA = await createTestOrg(db, owner);
    await createTestOrg(db, other);
    await addMember(db, orgA, other, 'member');
    const now = new Date('2030-01-02T12:00:00Z');
    await insertEmail('a@example.test', now);
    await recordAudit(db, { actorType: 'system', action: 'recent' });
    await db.update(auditLogs).set({ createdAt: new Date('2030-01-02T00:00:00Z') });
    await recordAudit(db, { actorType: 'system', action: 'old' });
    await db.update(auditLogs).set({ createdAt: new Date('2029-12-31T00:00:00Z') }).where(eq(auditLogs.action, 'old'));

    expect(await getStaffStats(db, now)).toEqual({ users: 2, workspaces: 2, members: 3, outboxEmails: 1, auditLast24h: 1 });
  });
});

describe('listAllAudit', () => {
  it('lists every workspace’s rows with workspace names and records the staff view first', async () => {
    const { db } = testDb;
    const staff = await createTestUser(db, { isStaff: true });
    const owner = await createTestUser(db);
    const orgA = await createTestOrg(db, owner, { name: 'Alpha' });
    const orgB = await createTestOrg(db, owner, { name: 'Beta' });
    await recordAudit(db, { orgId: orgA.id, actorType: 'user', actorUserId: owner.id, action: 'org.renamed' });
    await recordAudit(db, { orgId: orgB.id, actorType: 'user', actorUserId: owner.id, action: 'org.renamed' });

    const page = await listAllAudit(db, { userId: staff.id, ip: '10.0.0.1', requestId: 'req-12345678' }, { action: 'org.renamed' });
    expect(page.items.map((item) => item.orgName).sort()).toEqual(['Alpha', 'Beta']);
    expect(page.items.every((item) => item.actorEmail === owner.email)).toBe(true);

    const views = await db.select().from(auditLogs).where(eq(auditLogs.action, 'staff.viewed_audit'));
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actorType: 'staff', actorUserId: staff.id, orgId: null, ip: '10.0.0.1', metadata: { filter: 'org.renamed', paged: false } });
  });

  it('pages with the cursor', async () => {
    const { db } = testDb;
    const staff = await createTestUser(db, { isStaff: true });
    for (let i = 0; i < 3; i++) await recordAudit(db, { actorType: 'system', action: 'tick' });
    const viewer = { userId: staff.id };
    const first = await listAllAudit(db, viewer, { action: 'tick', limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await listAllAudit(db, viewer, { action: 'tick', limit: 2, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(3);
  });
});

describe('listOutbox', () => {
  it('lists newest first, filters by recipient and pages by cursor', async () => {
    const { db } = testDb;
    const base = Date.parse('2030-01-01T00:00:00Z');
    for (let i = 0; i < 5; i++) await insertEmail(`user${i}@acme.test`, new Date(base + i * 1000), `Mail ${i}`);
    await insertEmail('someone@other.test', new Date(base + 10_000));
    const staff = await createTestUser(db, { isStaff: true });
    const viewer = { userId: staff.id };

    const first = await listOutbox(db, viewer, { limit: 2 });
    expect(first.items.map((item) => item.toAddress)).toEqual(['someone@other.test', 'user4@acme.test']);
    const second = await listOutbox(db, viewer, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.subject)).toEqual(['Mail 3', 'Mail 2']);

    const filtered = await listOutbox(db, viewer, { to: 'ACME' });
    expect(filtered.items).toHaveLength(5);
    expect(filtered.nextCursor).toBeNull();
    // LIKE wildcards in the filter are matched literally.
    expect((await listOutbox(db, viewer, { to: '%' })).items).toHaveLength(0);
    const views = await db.query.auditLogs.findMany({ where: (a, { eq }) => eq(a.action, 'staff.viewed_outbox') });
    expect(views).toHaveLength(4);
    expect(views[0]).toMatchObject({ actorType: 'staff', actorUserId: staff.id, orgId: null });
  });
});

describe('getOutboxMessage', () => {
  it('returns the message and audits the read; unknown or malformed ids are not found and not audited', async () => {
    const { db } = testDb;
    const staff = await createTestUser(db, { isStaff: true });
    const email = await insertEmail('x@example.test', new Date());
    const message = await getOutboxMessage(db, { userId: staff.id }, email.id);
    expect(message.html).toBe('<p>Hi</p>');

    await expect(getOutboxMessage(db, { userId: staff.id }, 'not-a-uuid')).rejects.toMatchObject({ code: 'not_found' });
    await expect(getOutboxMessage(db, { userId: staff.id }, crypto.randomUUID())).rejects.toMatchObject({ code: 'not_found' });

    const views = await db.select().from(auditLogs).where(eq(auditLogs.action, 'staff.viewed_email'));
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actorType: 'staff', actorUserId: staff.id, targetType: 'email_message', targetId: email.id });
  });
});

describe('listAuditActionNames', () => {
  it('suggests each recent action once, sorted', async () => {
    const { db } = testDb;
    for (const action of ['org.renamed', 'auth.signed_in', 'org.renamed']) await recordAudit(db, { actorType: 'system', action });
    expect(await listAuditActionNames(db)).toEqual(['auth.signed_in', 'org.renamed']);
    expect(await listAuditActionNames(db, { window: 1 })).toEqual(['org.renamed']);
  });
});
