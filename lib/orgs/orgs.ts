import { createDefaultStages } from '@/lib/leads/stages';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { orgMembers, orgs, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import type { CreateOrgInput, deleteOrgSchema, renameOrgSchema } from './schemas';

/** Creates a workspace with the user as its owner and makes it their current one. */
export async function createOrg(db: Db, userId: string, input: CreateOrgInput) {
  return db.transaction(async (tx) => {
    const [org] = await tx.insert(orgs).values({ name: input.name, slug: input.slug }).onConflictDoNothing({ target: orgs.slug }).returning();
    if (!org) throw new AppError('conflict', 'That address is taken. Choose another.', { details: { field: 'slug' } });
    await tx.insert(orgMembers).values({ orgId: org.id, userId, role: 'owner' });
    await createDefaultStages(tx, org.id);
    await tx.update(users).set({ lastOrgId: org.id }).where(eq(users.id, userId));
    await recordAudit(tx, { orgId: org.id, actorType: 'user', actorUserId: userId, action: 'org.created', targetType: 'org', targetId: org.id, metadata: { name: org.name, slug: org.slug } });
    return org;
  });
}

/** The workspaces a user belongs to, with their role in each, by name. */
export async function listUserOrgs(db: Db, userId: string) {
  return db
    .select({ id: orgs.id, name: orgs.name, slug: orgs.slug, plan: orgs.plan, isDemo: orgs.isDemo, role: orgMembers.role })
    .from(orgMembers)
    .innerJoin(orgs, eq(orgs.id, orgMembers.orgId))
    .where(eq(orgMembers.userId, userId))
    .orderBy(asc(orgs.name));
}

/**
 * Resolves a URL slug to a workspace *through the user's membership*. A workspace the user is not a member
 * of is indistinguishable from one that does not exist.
 */
export async function getMembershipBySlug(db: Db, { userId, slug }: { userId: string; slug: string }) {
  const [row] = await db
    .select({ org: orgs, role: orgMembers.role, memberId: orgMembers.id })
    .from(orgMembers)
    .innerJoin(orgs, eq(orgs.id, orgMembers.orgId))
    .where(and(eq(orgMembers.userId, userId), eq(orgs.slug, slug.toLowerCase())));
  return row ?? null;
}

export async function setLastOrg(db: Db, { userId, orgId }: { userId: string; orgId: string }) {
  await db.update(users).set({ lastOrgId: orgId }).where(eq(users.id, userId));
}

export async function renameOrg(ctx: Ctx, input: z.infer<typeof renameOrgSchema>) {
  const [org] = await ctx.db.update(orgs).set({ name: input.name, updatedAt: ctx.now }).where(eq(orgs.id, ctx.org.id)).returning();
  await recordAudit(ctx.db, { orgId: ctx.org.id, actorType: 'user', actorUserId: ctx.user?.id, action: 'org.renamed', targetType: 'org', targetId: ctx.org.id, metadata: { from: ctx.org.name, to: input.name } });
  return org!;
}

/** Deletes the workspace and everything in it. The caller must type the slug to confirm. */
export async function deleteOrg(ctx: Ctx, input: z.infer<typeof deleteOrgSchema>) {
  if (input.confirmSlug !== ctx.org.slug) {
    throw new AppError('bad_request', `Type "${ctx.org.slug}" to confirm.`, { details: { field: 'confirmSlug' } });
  }
  await ctx.db.transaction(async (tx) => {
    // Recorded without org_id: the row must outlive the workspace it describes.
    await recordAudit(tx, { actorType: 'user', actorUserId: ctx.user?.id, action: 'org.deleted', targetType: 'org', targetId: ctx.org.id, metadata: { name: ctx.org.name, slug: ctx.org.slug } });
    await tx.update(users).set({ lastOrgId: null }).where(eq(users.lastOrgId, ctx.org.id));
    await tx.delete(orgs).where(eq(orgs.id, ctx.org.id));
  });
}
