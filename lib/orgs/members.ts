import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db';
import { orgMembers, users, type OrgRole } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import type { changeRoleSchema, memberIdSchema } from './schemas';

export async function listMembers(ctx: Pick<Ctx, 'db' | 'org'>) {
  return ctx.db
    .select({ id: orgMembers.id, userId: users.id, name: users.name, email: users.email, role: orgMembers.role, joinedAt: orgMembers.createdAt })
    .from(orgMembers)
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .where(eq(orgMembers.orgId, ctx.org.id))
    .orderBy(asc(orgMembers.createdAt));
}

/** Members as choices for owner and assignee pickers: their user id and a display label. */
export async function listMemberOptions(ctx: Pick<Ctx, 'db' | 'org'>) {
  return (await listMembers(ctx)).map((member) => ({ userId: member.userId, label: member.name ?? member.email }));
}

/** Locks the workspace's memberships for the rest of the transaction and returns them. */
async function lockMembers(tx: Tx, orgId: string) {
  return tx.select().from(orgMembers).where(eq(orgMembers.orgId, orgId)).for('update');
}

function ownersLeftAfter(members: { id: string; role: OrgRole }[], change: { id: string; role: OrgRole | null }) {
  return members.filter((m) => (m.id === change.id ? change.role === 'owner' : m.role === 'owner')).length;
}

/** The actor's role as it is now, read from the locked rows (ctx.role was read before the lock). */
function actorRole(ctx: Ctx, members: { userId: string; role: OrgRole }[]): OrgRole | undefined {
  return members.find((m) => m.userId === ctx.user?.id)?.role;
}

function assertCanTouch(ctx: Ctx, members: { userId: string; role: OrgRole }[], target: { role: OrgRole }, newRole?: OrgRole) {
  // Only owners may change an owner, or make someone an owner.
  if ((target.role === 'owner' || newRole === 'owner') && actorRole(ctx, members) !== 'owner') {
    throw new AppError('forbidden', 'Only an owner can change owners.');
  }
}

export async function changeMemberRole(ctx: Ctx, input: z.infer<typeof changeRoleSchema>) {
  return ctx.db.transaction(async (tx) => {
    const members = await lockMembers(tx, ctx.org.id);
    const target = members.find((m) => m.id === input.memberId);
    if (!target) throw new AppError('not_found', 'Member not found.');
    assertCanTouch(ctx, members, target, input.role);
    if (ownersLeftAfter(members, { id: target.id, role: input.role }) === 0) {
      throw new AppError('conflict', 'A workspace needs at least one owner. Make someone else owner first.');
    }
    await tx.update(orgMembers).set({ role: input.role }).where(and(eq(orgMembers.id, target.id), eq(orgMembers.orgId, ctx.org.id)));
    await recordAudit(tx, { orgId: ctx.org.id, actorType: 'user', actorUserId: ctx.user?.id, action: 'member.role_changed', targetType: 'member', targetId: target.userId, metadata: { from: target.role, to: input.role } });
    return { ...target, role: input.role };
  });
}

export async function removeMember(ctx: Ctx, input: z.infer<typeof memberIdSchema>) {
  await ctx.db.transaction(async (tx) => {
    const members = await lockMembers(tx, ctx.org.id);
    const target = members.find((m) => m.id === input.memberId);
    if (!target) throw new AppError('not_found', 'Member not found.');
    assertCanTouch(ctx, members, target);
    if (ownersLeftAfter(members, { id: target.id, role: null }) === 0) {
      throw new AppError('conflict', 'A workspace needs at least one owner.');
    }
    await tx.delete(orgMembers).where(and(eq(orgMembers.id, target.id), eq(orgMembers.orgId, ctx.org.id)));
    await recordAudit(tx, { orgId: ctx.org.id, actorType: 'user', actorUserId: ctx.user?.id, action: 'member.removed', targetType: 'member', targetId: target.userId, metadata: { role: target.role } });
  });
}

/** The signed-in user leaves the workspace; the last owner cannot. */
export async function leaveOrg(ctx: Ctx) {
  const userId = ctx.user?.id;
  if (!userId) throw new AppError('unauthorized', 'Sign in first.');
  await ctx.db.transaction(async (tx) => {
    const members = await lockMembers(tx, ctx.org.id);
    const me = members.find((m) => m.userId === userId);
    if (!me) throw new AppError('not_found', 'Workspace not found.');
    if (ownersLeftAfter(members, { id: me.id, role: null }) === 0) {
      throw new AppError('conflict', 'You are the only owner. Transfer ownership or delete the workspace instead.');
    }
    await tx.delete(orgMembers).where(and(eq(orgMembers.id, me.id), eq(orgMembers.orgId, ctx.org.id)));
    await tx.update(users).set({ lastOrgId: null }).where(and(eq(users.id, userId), eq(users.lastOrgId, ctx.org.id)));
    await recordAudit(tx, { orgId: ctx.org.id, actorType: 'user', actorUserId: userId, action: 'member.left', targetType: 'member', targetId: userId });
  });
}

/** Makes another member the owner; the current owner stays on as admin. */
export async function transferOwnership(ctx: Ctx, input: z.infer<typeof memberIdSchema>) {
  if (ctx.role !== 'owner' || !ctx.user) throw new AppError('forbidden', 'Only an owner can transfer ownership.');
  const userId = ctx.user.id;
  await ctx.db.transaction(async (tx) => {
    const members = await lockMembers(tx, ctx.org.id);
    if (actorRole(ctx, members) !== 'owner') throw new AppError('forbidden', 'Only an owner can transfer ownership.');
    const target = members.find((m) => m.id === input.memberId);
    if (!target) throw new AppError('not_found', 'Member not found.');
    if (target.userId === userId) throw new AppError('bad_request', 'You already own this workspace.');
    await tx.update(orgMembers).set({ role: 'owner' }).where(and(eq(orgMembers.id, target.id), eq(orgMembers.orgId, ctx.org.id)));
    await tx.update(orgMembers).set({ role: 'admin' }).where(and(eq(orgMembers.userId, userId), eq(orgMembers.orgId, ctx.org.id)));
    await recordAudit(tx, { orgId: ctx.org.id, actorType: 'user', actorUserId: userId, action: 'org.ownership_transferred', targetType: 'member', targetId: target.userId });
  });
}
