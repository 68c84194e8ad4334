import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { invitations, orgMembers, orgs, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { generateToken, hashToken } from '@/lib/auth/tokens';
import type { Ctx } from '@/lib/ctx';
import { inviteMessage } from '@/lib/email/account-emails';
import { sendEmail } from '@/lib/email/send-email';
import { AppError } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit/limits';
import type { createInviteSchema, inviteIdSchema } from './schemas';

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function requireUser(ctx: Ctx) {
  if (!ctx.user) throw new AppError('unauthorized', 'Sign in first.');
  return ctx.user;
}

async function mailInvite(ctx: Ctx, invite: { email: string; role: string }, token: string, baseUrl: string) {
  const inviter = requireUser(ctx);
  await sendEmail(ctx.db, { to: invite.email, ...inviteMessage(`${baseUrl}/invite/${token}`, ctx.org.name, inviter.name ?? inviter.email, invite.role) });
}

/** Invites an address with a role. Only owners invite owners. A pending invite to the same address is replaced. */
export async function createInvite(ctx: Ctx, input: z.infer<typeof createInviteSchema>, baseUrl: string) {
  const user = requireUser(ctx);
  if (input.role === 'owner' && ctx.role !== 'owner') throw new AppError('forbidden', 'Only an owner can invite owners.');
  await consumeLimit(ctx.db, 'invites', ctx.org.id);
  const [member] = await ctx.db
    .select({ id: orgMembers.id })
    .from(orgMembers)
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .where(and(eq(orgMembers.orgId, ctx.org.id), eq(users.email, input.email)));
  if (member) throw new AppError('conflict', 'That person is already a member.', { details: { field: 'email' } });

  const token = generateToken();
  const invite = await ctx.db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: ctx.now })
      .where(and(eq(invitations.orgId, ctx.org.id), eq(invitations.email, input.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
    const [created] = await tx
      .insert(invitations)
      .values({ orgId: ctx.org.id, email: input.email, role: input.role, tokenHash: hashToken(token), invitedById: user.id, expiresAt: new Date(ctx.now.getTime() + INVITE_TTL_MS) })
      .returning();
    await recordAudit(tx, { orgId: ctx.org.id, actorType: 'user', actorUserId: user.id, action: 'invite.created', targetType: 'invitation', targetId: created!.id, metadata: { email: input.email, role: input.role } });
    return created!;
  });
  await mailInvite(ctx, invite, token, baseUrl);
  return invite;
}

/** Pending invitations: not accepted, not revoked, not expired. */
export async function listPendingInvites(ctx: Pick<Ctx, 'db' | 'org' | 'now'>) {
  return ctx.db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.orgId, ctx.org.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, ctx.now)))
    .orderBy(desc(invitations.createdAt));
}

async function getPendingInvite(ctx: Ctx, inviteId: string) {
  const [invite] = await ctx.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, inviteId), eq(invitations.orgId, ctx.org.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
  if (!invite) throw new AppError('not_found', 'Invitation not found.');
  return invite;
}

/** Sends the invitation again with a new link (the old link stops working) and a fresh expiry. */
export async function resendInvite(ctx: Ctx, input: z.infer<typeof inviteIdSchema>, baseUrl: string) {
  const invite = await getPendingInvite(ctx, input.inviteId);
  if (invite.role === 'owner' && ctx.role !== 'owner') throw new AppError('forbidden', 'Only an owner can invite owners.');
  await consumeLimit(ctx.db, 'invites', ctx.org.id);
  const token = generateToken();
  await ctx.db
    .update(invitations)
    .set({ tokenHash: hashToken(token), expiresAt: new Date(ctx.now.getTime() + INVITE_TTL_MS) })
    .where(and(eq(invitations.id, invite.id), eq(invitations.orgId, ctx.org.id)));
  await recordAudit(ctx.db, { orgId: ctx.org.id, actorType: 'user', actorUserId: ctx.user?.id, action: 'invite.resent', targetType: 'invitation', targetId: invite.id, metadata: { email: invite.email } });
  await mailInvite(ctx, invite, token, baseUrl);
}

export async function revokeInvite(ctx: Ctx, input: z.infer<typeof inviteIdSchema>) {
  const invite = await getPendingInvite(ctx, input.inviteId);
  await ctx.db.update(invitations).set({ revokedAt: ctx.now }).where(and(eq(invitations.id, invite.id), eq(invitations.orgId, ctx.org.id)));
  await recordAudit(ctx.db, { orgId: ctx.org.id, actorType: 'user', actorUserId: ctx.user?.id, action: 'invite.revoked', targetType: 'invitation', targetId: invite.id, metadata: { email: invite.email } });
}

/** Looks an invitation up by the token in its link; null when unknown, used, revoked or expired. */
export async function getInviteByToken(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({ invite: invitations, orgName: orgs.name, orgSlug: orgs.slug })
    .from(invitations)
    .innerJoin(orgs, eq(orgs.id, invitations.orgId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)));
  return row ?? null;
}

/** Joins the signed-in user to the invitation's workspace. The invite is for one address: it must be theirs. */
export async function acceptInvite(db: Db, { token, user }: { token: string; user: { id: string; email: string } }) {
  const found = await getInviteByToken(db, token);
  if (!found) throw new AppError('not_found', 'This invitation is invalid, was revoked or has expired.');
  if (found.invite.email !== user.email.toLowerCase()) {
    throw new AppError('forbidden', `This invitation is for ${found.invite.email}. Sign in with that address to accept it.`);
  }
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, found.invite.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning();
    if (!claimed) throw new AppError('conflict', 'This invitation was already used.');
    await tx.insert(orgMembers).values({ orgId: claimed.orgId, userId: user.id, role: claimed.role }).onConflictDoNothing();
    await tx.update(users).set({ lastOrgId: claimed.orgId }).where(eq(users.id, user.id));
    await recordAudit(tx, { orgId: claimed.orgId, actorType: 'user', actorUserId: user.id, action: 'invite.accepted', targetType: 'invitation', targetId: claimed.id, metadata: { role: claimed.role } });
    return { orgSlug: found.orgSlug, role: claimed.role };
  });
}
