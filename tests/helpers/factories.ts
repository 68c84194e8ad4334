import { randomBytes } from 'node:crypto';
import type { Db } from '@/db';
import { orgMembers, orgs, users, type OrgRole } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';

const unique = () => randomBytes(4).toString('hex');

/** A verified user with no password (tests that need one set it themselves). */
export async function createTestUser(db: Db, overrides: Partial<typeof users.$inferInsert> = {}) {
  const [user] = await db
    .insert(users)
    .values({ email: `user-${unique()}@example.test`, name: 'Test User', emailVerified: new Date(), ...overrides })
    .returning();
  return user!;
}

/** A workspace with `owner` as its owner. */
export async function createTestOrg(db: Db, owner: { id: string }, overrides: Partial<typeof orgs.$inferInsert> = {}) {
  const [org] = await db.insert(orgs).values({ name: 'Test Org', slug: `org-${unique()}`, ...overrides }).returning();
  await db.insert(orgMembers).values({ orgId: org!.id, userId: owner.id, role: 'owner' });
  return org!;
}

export async function addMember(db: Db, org: { id: string }, user: { id: string }, role: OrgRole) {
  const [member] = await db.insert(orgMembers).values({ orgId: org.id, userId: user.id, role }).returning();
  return member!;
}

/** The ctx a domain function would get from the guard for this user in this workspace. */
export function ctxFor(db: Db, org: typeof orgs.$inferSelect, user: typeof users.$inferSelect, role: OrgRole): Ctx {
  return {
    db,
    user: { id: user.id, email: user.email, name: user.name, isStaff: user.isStaff },
    org: { id: org.id, slug: org.slug, name: org.name, plan: org.plan },
    role,
    actor: 'user',
    now: new Date(),
  };
}
