import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { orgMembers, users } from '@/db/schema';
import { getHouseOrgId } from '@/lib/analytics/house-org';
import { AppError } from '@/lib/errors';

/**
 * The operator's own workspace (HOUSE_ORG_SLUG), where the marketing site's contact form lands, and who
 * hears about new messages: its owners, since the contact form has no notification list of its own.
 * Found through the same lookup as the site's page views, uncached here: a message must never be filed
 * on a stale answer about which workspace is the house.
 */
export async function getHouseOrg(db: Db, slug: string) {
  const orgId = await getHouseOrgId(db, slug, { maxAgeMs: 0 });
  if (!orgId) throw new AppError('unavailable', 'The contact form is not set up on this installation.');
  const owners = await db
    .select({ email: users.email })
    .from(orgMembers)
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.role, 'owner'), isNull(users.disabledAt)));
  return { org: { id: orgId, slug }, notifyEmails: owners.map((owner) => owner.email) };
}
