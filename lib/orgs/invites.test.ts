import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogs, emailMessages, orgMembers, users, type OrgRole } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { addMember, createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { acceptInvite, createInvite, getInviteByToken, listPendingInvites, resendInvite, revokeInvite } from './invites';

const testDb = setupTestDatabase();
const BASE_URL = 'http://beacon.test';

async function workspace() {
  const owner = await createTestUser(testDb.db, { name: 'Olivia Owner' });
  const org = await createTestOrg(testDb.db, owner, { name: 'Invite Co' });
  return { org, owner, ctx: ctxFor(testDb.db, org, owner, 'owner') };
}

/** The token from the newest invitation email to `email` (the token exists only in the emailed link). */
async function tokenSentTo(email: string) {
  const [message] = await testDb.db.select().from(emailMessages).where(eq(emailMessages.toAddress, email)).orderBy(desc(emailMessages.createdAt)).limit(1);
  const token = message?.text.match(new RegExp(`${BASE_URL}/invite/([A-Za-z0-9_-]+)`))?.[1];
  if (!token) throw new Error(`no invitation link was sent to ${email}`);
  return token;
}

async function audits(orgId: string, action: string) {
  return testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, orgId), eq(auditLogs.action, action)));
}

const unique = () => Math.random().toString(36).slice(2, 10);

describe('createInvite', () => {
  it('stores a pending invitation, emails a link and audits it', async () => {
    const { org, ctx } = await workspace();
    const email = `invitee-${unique()}@example.test`;
    const invite = await createInvite(ctx, { email: email, role: 'admin' }, BASE_URL);

    expect(await listPendingInvites(ctx)).toEqual([expect.objectContaining({ id: invite.id, email: email, role: 'admin' })]);
    const [message] = await testDb.db.select().from(emailMessages).where(eq(emailMessages.toAddress, email));
    expect(message!.subject).toBe('Olivia Owner invited you to Invite Co on Beacon');
    expect(await getInviteByToken(testDb.db, await tokenSentTo(email))).toMatchObject({ orgSlug: org.slug });
    expect(await audits(org.id, 'invite.created')).toEqual([expect.objectContaining({ targetId: invite.id, metadata: { email: email, role: 'admin' } })]);
  });

  it('lets only owners invite owners, and refuses existing members', async () => {
    const { org, ctx } = await workspace();
    const admin = await createTestUser(testDb.db);
    const member = await createTestUser(testDb.db);
    await addMember(testDb.db, org, admin, 'admin');
    await addMember(testDb.db, org, member, 'member');
    const adminCtx = ctxFor(testDb.db, org, admin, 'admin');

    await expectAppError(createInvite(adminCtx, { email: `o-${unique()}@example.test`, role: 'owner' }, BASE_URL), 'forbidden');
    const conflict = await expectAppError(createInvite(ctx, { email: member.email, role: 'member' }, BASE_URL), 'conflict');
    expect(conflict.details).toEqual({ field: 'email' });
    expect(await listPendingInvites(ctx)).toEqual([]);
  });

  it('replaces a pending invitation to the same address: the first link stops working', async () => {
    const { ctx } = await workspace();
    const email = `twice-${unique()}@example.test`;
    await createInvite(ctx, { email, role: 'member' }, BASE_URL);
    const firstToken = await tokenSentTo(email);
    await createInvite(ctx, { email, role: 'admin' }, BASE_URL);

    expect(await getInviteByToken(testDb.db, firstToken)).toBeNull();
    expect(await listPendingInvites(ctx)).toEqual([expect.objectContaining({ email, role: 'admin' })]);
  });
});

describe('acceptInvite', () => {
  async function invited(role: OrgRole = 'member') {
    const setup = await workspace();
    const invitee = await createTestUser(testDb.db);
    const invite = await createInvite(setup.ctx, { email: invitee.email, role }, BASE_URL);
    return { ...setup, invitee, invite, token: await tokenSentTo(invitee.email) };
  }

  it('refuses a different signed-in address and leaves the invitation usable', async () => {
    const { org, token } = await invited();
    const someoneElse = await createTestUser(testDb.db);
    await expectAppError(acceptInvite(testDb.db, { token, user: someoneElse }), 'forbidden');
    expect(await testDb.db.select().from(orgMembers).where(and(eq(orgMembers.orgId, org.id), eq(orgMembers.userId, someoneElse.id)))).toEqual([]);
    expect(await getInviteByToken(testDb.db, token)).not.toBeNull();
  });

  it('joins the invitee with the invited role once; a second accept is refused', async () => {
    const { org, invite, invitee, token } = await invited('admin');
    const result = await acceptInvite(testDb.db, { token, user: invitee });

    expect(result).toEqual({ orgSlug: org.slug, role: 'admin' });
    const [membership] = await testDb.db.select().from(orgMembers).where(and(eq(orgMembers.orgId, org.id), eq(orgMembers.userId, invitee.id)));
    expect(membership!.role).toBe('admin');
    const [reloaded] = await testDb.db.select().from(users).where(eq(users.id, invitee.id));
    expect(reloaded!.lastOrgId).toBe(org.id);
    expect(await audits(org.id, 'invite.accepted')).toEqual([expect.objectContaining({ actorUserId: invitee.id, targetId: invite.id })]);

    await expectAppError(acceptInvite(testDb.db, { token, user: invitee }), 'not_found');
    expect(await audits(org.id, 'invite.accepted')).toHaveLength(1);
  });

  it('refuses a revoked invitation', async () => {
    const { org, ctx, invite, invitee, token } = await invited();
    await revokeInvite(ctx, { inviteId: invite.id });

    await expectAppError(acceptInvite(testDb.db, { token, user: invitee }), 'not_found');
    expect(await listPendingInvites(ctx)).toEqual([]);
    expect(await audits(org.id, 'invite.revoked')).toEqual([expect.objectContaining({ targetId: invite.id })]);
  });

  it('after a resend, only the new link works', async () => {
    const { org, ctx, invite, invitee, token: oldToken } = await invited();
    await resendInvite(ctx, { inviteId: invite.id }, BASE_URL);
    const newToken = await tokenSentTo(invitee.email);

    expect(newToken).not.toBe(oldToken);
    expect(await getInviteByToken(testDb.db, oldToken)).toBeNull();
    await expectAppError(acceptInvite(testDb.db, { token: oldToken, user: invitee }), 'not_found');
    expect(await acceptInvite(testDb.db, { token: newToken, user: invitee })).toMatchObject({ orgSlug: org.slug });
    expect(await audits(org.id, 'invite.resent')).toEqual([expect.objectContaining({ targetId: invite.id })]);
  });
});

describe('tenant isolation', () => {
  it('cannot revoke or resend another workspace’s invitation', async () => {
    const a = await workspace();
    const b = await workspace();
    const foreign = await createInvite(b.ctx, { email: `b-${unique()}@example.test`, role: 'member' }, BASE_URL);

    await expectAppError(revokeInvite(a.ctx, { inviteId: foreign.id }), 'not_found');
    await expectAppError(resendInvite(a.ctx, { inviteId: foreign.id }, BASE_URL), 'not_found');
    expect(await listPendingInvites(b.ctx)).toEqual([expect.objectContaining({ id: foreign.id })]);
    expect(await listPendingInvites(a.ctx)).toEqual([]);
  });
});
