import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogs, orgMembers, users, type OrgRole } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { addMember, createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { changeMemberRole, leaveOrg, listMembers, removeMember, transferOwnership } from './members';

const testDb = setupTestDatabase();

/** A workspace with an owner, plus one more person per role asked for. */
async function workspace(...roles: OrgRole[]) {
  const owner = await createTestUser(testDb.db);
  const org = await createTestOrg(testDb.db, owner);
  const [ownerRow] = await testDb.db.select().from(orgMembers).where(eq(orgMembers.userId, owner.id));
  const others = [];
  for (const role of roles) {
    const user = await createTestUser(testDb.db);
    others.push({ user, member: await addMember(testDb.db, org, user, role) });
  }
  return { org, owner, ownerMember: ownerRow!, others, ctxAs: (user: typeof owner, role: OrgRole) => ctxFor(testDb.db, org, user, role) };
}

async function roleOf(memberId: string) {
  const [row] = await testDb.db.select().from(orgMembers).where(eq(orgMembers.id, memberId));
  return row?.role ?? null;
}

async function audits(orgId: string, action: string) {
  return testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, orgId), eq(auditLogs.action, action)));
}

describe('listMembers', () => {
  it('lists the ctx workspace’s members only, oldest first', async () => {
    const { owner, others, ctxAs } = await workspace('member');
    await workspace('admin');
    const members = await listMembers(ctxAs(owner, 'owner'));
    expect(members.map((m) => m.userId)).toEqual([owner.id, others[0]!.user.id]);
    expect(members.every((m) => m.email.endsWith('@example.test'))).toBe(true);
  });
});

describe('the last owner', () => {
  it('cannot be demoted', async () => {
    const { owner, ownerMember, ctxAs } = await workspace('admin');
    await expectAppError(changeMemberRole(ctxAs(owner, 'owner'), { memberId: ownerMember.id, role: 'admin' }), 'conflict');
    expect(await roleOf(ownerMember.id)).toBe('owner');
  });

  it('cannot be removed', async () => {
    const { owner, ownerMember, ctxAs } = await workspace('admin');
    await expectAppError(removeMember(ctxAs(owner, 'owner'), { memberId: ownerMember.id }), 'conflict');
    expect(await roleOf(ownerMember.id)).toBe('owner');
  });

  it('cannot leave, but an owner with a co-owner can', async () => {
    const { org, owner, ownerMember, others, ctxAs } = await workspace('owner');
    const coOwner = others[0]!;
    await leaveOrg(ctxAs(coOwner.user, 'owner'));
    expect(await roleOf(coOwner.member.id)).toBeNull();
    expect(await audits(org.id, 'member.left')).toEqual([expect.objectContaining({ actorUserId: coOwner.user.id })]);

    await expectAppError(leaveOrg(ctxAs(owner, 'owner')), 'conflict');
    expect(await roleOf(ownerMember.id)).toBe('owner');
  });
});

describe('admins', () => {
  it('cannot promote anyone to owner', async () => {
    const { others, ctxAs } = await workspace('admin', 'member');
    const [admin, member] = others;
    await expectAppError(changeMemberRole(ctxAs(admin!.user, 'admin'), { memberId: member!.member.id, role: 'owner' }), 'forbidden');
    expect(await roleOf(member!.member.id)).toBe('member');
  });

  it('cannot demote or remove an owner', async () => {
    const { ownerMember, others, ctxAs } = await workspace('admin', 'owner');
    const admin = others[0]!;
    await expectAppError(changeMemberRole(ctxAs(admin.user, 'admin'), { memberId: ownerMember.id, role: 'member' }), 'forbidden');
    await expectAppError(removeMember(ctxAs(admin.user, 'admin'), { memberId: ownerMember.id }), 'forbidden');
    expect(await roleOf(ownerMember.id)).toBe('owner');
  });

  it('can change a member’s role and remove them, each audited', async () => {
    const { org, others, ctxAs } = await workspace('admin', 'member');
    const [admin, member] = others;
    const ctx = ctxAs(admin!.user, 'admin');

    const changed = await changeMemberRole(ctx, { memberId: member!.member.id, role: 'admin' });
    expect(changed.role).toBe('admin');
    expect(await roleOf(member!.member.id)).toBe('admin');
    expect(await audits(org.id, 'member.role_changed')).toEqual([
      expect.objectContaining({ actorUserId: admin!.user.id, targetId: member!.user.id, metadata: { from: 'member', to: 'admin' } }),
    ]);

    await removeMember(ctx, { memberId: member!.member.id });
    expect(await roleOf(member!.member.id)).toBeNull();
    expect(await audits(org.id, 'member.removed')).toEqual([expect.objectContaining({ targetId: member!.user.id })]);
  });
});

describe('tenant isolation', () => {
  it('never changes or removes a member of another workspace', async () => {
    const a = await workspace();
    const b = await workspace('member');
    const foreign = b.others[0]!.member;
    const ctx = a.ctxAs(a.owner, 'owner');
    await expectAppError(changeMemberRole(ctx, { memberId: foreign.id, role: 'admin' }), 'not_found');
    await expectAppError(removeMember(ctx, { memberId: foreign.id }), 'not_found');
    await expectAppError(transferOwnership(ctx, { memberId: foreign.id }), 'not_found');
    expect(await roleOf(foreign.id)).toBe('member');
  });
});

describe('transferOwnership', () => {
  it('makes the target the owner and the previous owner an admin, audited', async () => {
    const { org, owner, ownerMember, others, ctxAs } = await workspace('member');
    const target = others[0]!;
    await transferOwnership(ctxAs(owner, 'owner'), { memberId: target.member.id });

    expect(await roleOf(target.member.id)).toBe('owner');
    expect(await roleOf(ownerMember.id)).toBe('admin');
    expect(await audits(org.id, 'org.ownership_transferred')).toEqual([
      expect.objectContaining({ actorUserId: owner.id, targetId: target.user.id }),
    ]);
  });

  it('is refused to admins and to an owner targeting themselves', async () => {
    const { owner, ownerMember, others, ctxAs } = await workspace('admin');
    const admin = others[0]!;
    await expectAppError(transferOwnership(ctxAs(admin.user, 'admin'), { memberId: admin.member.id }), 'forbidden');
    await expectAppError(transferOwnership(ctxAs(owner, 'owner'), { memberId: ownerMember.id }), 'bad_request');
    expect(await roleOf(ownerMember.id)).toBe('owner');
    expect(await roleOf(admin.member.id)).toBe('admin');
  });
});

describe('leaveOrg', () => {
  it('clears lastOrgId when it pointed at the workspace left', async () => {
    const { org, others, ctxAs } = await workspace('member');
    const member = others[0]!;
    await testDb.db.update(users).set({ lastOrgId: org.id }).where(eq(users.id, member.user.id));
    await leaveOrg(ctxAs(member.user, 'member'));
    const [reloaded] = await testDb.db.select().from(users).where(eq(users.id, member.user.id));
    expect(reloaded!.lastOrgId).toBeNull();
  });
});
