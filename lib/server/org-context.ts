import { getDb } from '@/db';
import type { Ctx, CtxUser } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { getMembershipBySlug } from '@/lib/orgs/orgs';
import { roleCan, type Permission } from '@/lib/orgs/permissions';

/**
 * The tenant guard for signed-in users, used by org actions, org route handlers and org layouts alike:
 * the slug from the URL becomes an org only through the user's membership. Not a member → not_found
 * (existence is not revealed); a member below the permission → forbidden.
 */
export async function resolveOrgCtx(user: CtxUser, slug: string, permission?: Permission): Promise<Ctx> {
  const db = getDb();
  const membership = await getMembershipBySlug(db, { userId: user.id, slug });
  if (!membership) throw new AppError('not_found', 'Workspace not found.');
  if (permission && !roleCan(membership.role, permission)) {
    throw new AppError('forbidden', 'You do not have permission to do that in this workspace.');
  }
  const { org } = membership;
  return {
    db,
    user,
    org: { id: org.id, slug: org.slug, name: org.name, plan: org.plan },
    role: membership.role,
    actor: 'user',
    now: new Date(),
  };
}
