import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db';
import { orgMembers, orgs, users } from '@/db/schema';
import { AppError } from '@/lib/errors';

/**
 * The operator's own workspace (HOUSE_ORG_SLUG), where the marketing site's contact form lands, and who
 * hears about new messages: its owners, since the contact form has no notification list of its own.
 */
export async function getHouseOrg(db: Executor, slug: string) {
  const [org] = await db.select({ id: orgs.id, slug: orgs.slug }).from(orgs).where(eq(orgs.slug, slug));
  if (!org) throw new AppError('unavailable', 'The contact form is not set up on this installation.');
  const owners = await db
    .select({ email: users.email })
    .from(orgMembers)
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .where(and(eq(orgMembers.orgId, org.id), eq(orgMembers.role, 'owner'), isNull(users.disabledAt)));
  return { org, notifyEmails: owners.map((owner) => owner.email) };
}
