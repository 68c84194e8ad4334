import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { activities, leads, orgMembers, orgs, users, type Plan } from '@/db/schema';
import { getBusinessProfile } from '@/lib/ai/business-profile';

export type ReplyLead = { id: string; name: string; email: string | null; company: string | null; ownerId: string | null };

/** Everything a first response is written from; plain JSON, so it can ride in a job step and in providerOptions. */
export type ReplyContext = {
  org: { id: string; slug: string; name: string; plan: Plan };
  lead: ReplyLead;
  /** What the lead wrote in their latest form submission ('' when they wrote nothing). */
  message: string;
  profile: { name: string; description: string; industry: string; audience: string; goals: string; voice: string };
  /** Who signs the reply: the lead's owner, else whoever entered the lead, else the workspace owner. */
  ownerName: string;
};

const MESSAGE_MAX = 2_000;

async function getReplyLead(db: Executor, { orgId, leadId }: { orgId: string; leadId: string }) {
  const [row] = await db
    .select({
      lead: { id: leads.id, name: leads.name, email: leads.email, company: leads.company, ownerId: leads.ownerId },
      org: { id: orgs.id, slug: orgs.slug, name: orgs.name, plan: orgs.plan },
    })
    .from(leads)
    .innerJoin(orgs, eq(orgs.id, leads.orgId))
    .where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)));
  return row;
}

async function latestMessage(db: Executor, { orgId, leadId }: { orgId: string; leadId: string }) {
  const [row] = await db
    .select({ body: activities.body, data: activities.data })
    .from(activities)
    .where(and(eq(activities.orgId, orgId), eq(activities.leadId, leadId), eq(activities.type, 'form_submitted')))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(1);
  const text = row?.body ?? (typeof row?.data?.message === 'string' ? row.data.message : '');
  return text.trim().slice(0, MESSAGE_MAX);
}

async function memberName(db: Executor, orgId: string, userId: string) {
  const [row] = await db
    .select({ name: users.name, email: users.email })
    .from(orgMembers)
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.userId, userId)));
  return row ? row.name?.trim() || row.email.split('@')[0]! : null;
}

async function workspaceOwnerId(db: Executor, orgId: string) {
  const [row] = await db
    .select({ userId: orgMembers.userId })
    .from(orgMembers)
    .where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.role, 'owner')))
    .orderBy(orgMembers.createdAt)
    .limit(1);
  return row?.userId ?? null;
}

async function signerName(db: Executor, orgId: string, candidates: (string | null | undefined)[]) {
  for (const userId of [...candidates, await workspaceOwnerId(db, orgId)]) {
    const name = userId ? await memberName(db, orgId, userId) : null;
    if (name) return name;
  }
  return '';
}

/**
 * Loads the lead, its latest message, the business profile and the signer for one workspace; undefined when
 * the lead is gone (deleted, or not in this workspace). `signerId` (the person regenerating) is tried first.
 */
export async function getReplyContext(
  db: Executor,
  { orgId, leadId, signerId, createdById }: { orgId: string; leadId: string; signerId?: string | null; createdById?: string | null },
): Promise<ReplyContext | undefined> {
  const row = await getReplyLead(db, { orgId, leadId });
  if (!row) return undefined;
  const [message, profile, ownerName] = await Promise.all([
    latestMessage(db, { orgId, leadId }),
    getBusinessProfile(db, orgId),
    signerName(db, orgId, [signerId, row.lead.ownerId, createdById]),
  ]);
  const { name, description, industry, audience, goals, voice } = profile;
  return { org: row.org, lead: row.lead, message, profile: { name, description, industry, audience, goals, voice }, ownerName };
}
