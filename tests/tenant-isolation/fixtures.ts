import type { Db } from '@/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { createInvite } from '@/lib/orgs/invites';
import { getSessionUser } from '@/lib/server/session';
import { addMember, createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

export function asSession(user: { id: string; email: string; name: string | null; isStaff: boolean }): SessionUser {
  return { id: user.id, email: user.email, name: user.name, isStaff: user.isStaff, lastOrgId: null };
}

/**
 * Two workspaces: A (owner, admin, member, a pending invite, an API key) and B (its owner). Every
 * isolation test acts as someone from one side against the other side's slug and ids.
 */
export async function createTwoWorkspaces(db: Db) {
  const ownerA = await createTestUser(db, { name: 'Owner A' });
  const adminA = await createTestUser(db, { name: 'Admin A' });
  const memberA = await createTestUser(db, { name: 'Member A' });
  const orgA = await createTestOrg(db, ownerA);
  const adminMembershipA = await addMember(db, orgA, adminA, 'admin');
  const memberMembershipA = await addMember(db, orgA, memberA, 'member');
  const ctxA = ctxFor(db, orgA, ownerA, 'owner');
  const inviteA = await createInvite(ctxA, { email: 'invited@example.test', role: 'member' }, 'http://beacon.test');
  const { key: apiKeyA } = await createApiKey(ctxA, { name: 'A key', scopes: ['org.read'] });

  const ownerB = await createTestUser(db, { name: 'Owner B' });
  const orgB = await createTestOrg(db, ownerB);

  return {
    a: { org: orgA, owner: ownerA, admin: adminA, member: memberA, adminMembership: adminMembershipA, memberMembership: memberMembershipA, invite: inviteA, apiKey: apiKeyA },
    b: { org: orgB, owner: ownerB },
  };
}

export type TwoWorkspaces = Awaited<ReturnType<typeof createTwoWorkspaces>>;
