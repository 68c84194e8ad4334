import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db';
import { orgMembers, users } from '@/db/schema';

export type RotationMember = { userId: string; name: string | null; email: string; isDisabled: boolean };

/**
 * The workspace's members in round-robin order: who joined first, then user id to break ties. Disabled
 * accounts stay in the list (the cursor may point at one) but are never picked.
 */
export async function listRotation(db: Executor, orgId: string): Promise<RotationMember[]> {
  const rows = await db
    .select({ userId: orgMembers.userId, name: users.name, email: users.email, disabledAt: users.disabledAt })
    .from(orgMembers)
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .where(eq(orgMembers.orgId, orgId))
    .orderBy(asc(orgMembers.createdAt), asc(orgMembers.userId));
  return rows.map(({ disabledAt, ...member }) => ({ ...member, isDisabled: disabledAt !== null }));
}

/**
 * The member after `lastUserId`, wrapping around, skipping disabled accounts. When the last one left the
 * workspace (or nobody was picked yet) the turn starts again from the first member.
 */
export function nextInRotation<M extends Pick<RotationMember, 'userId' | 'isDisabled'>>(members: readonly M[], lastUserId: string | null): M | null {
  const last = lastUserId ? members.findIndex((member) => member.userId === lastUserId) : -1;
  for (let step = 1; step <= members.length; step += 1) {
    const candidate = members[(last + step) % members.length]!;
    if (!candidate.isDisabled) return candidate;
  }
  return null;
}

/** Whether the user is a member of the workspace with an account that is not disabled. */
export async function isActiveMember(db: Executor, { orgId, userId }: { orgId: string; userId: string }) {
  const [row] = await db
    .select({ id: orgMembers.id })
    .from(orgMembers)
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.userId, userId), isNull(users.disabledAt)));
  return row !== undefined;
}
