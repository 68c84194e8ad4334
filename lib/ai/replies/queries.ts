import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { emailMessages, leadReplyDrafts, leads, users } from '@/db/schema';
import { AppError } from '@/lib/errors';

/**
 * Every reply draft of a lead (first response and the assistant's), newest first, with who sent it and the
 * email it went out as (null before a send; `sendEmail` stores no org, so the draft's own link is the scope).
 */
export async function listLeadReplyDrafts(db: Executor, { orgId, leadId }: { orgId: string; leadId: string }) {
  return db
    .select({
      id: leadReplyDrafts.id,
      kind: leadReplyDrafts.kind,
      subject: leadReplyDrafts.subject,
      body: leadReplyDrafts.body,
      status: leadReplyDrafts.status,
      provider: leadReplyDrafts.provider,
      sentAt: leadReplyDrafts.sentAt,
      sentByName: users.name,
      sentByEmail: users.email,
      email: { status: emailMessages.status, provider: emailMessages.provider, providerMessageId: emailMessages.providerMessageId, createdAt: emailMessages.createdAt },
      createdAt: leadReplyDrafts.createdAt,
      updatedAt: leadReplyDrafts.updatedAt,
    })
    .from(leadReplyDrafts)
    .leftJoin(users, eq(users.id, leadReplyDrafts.sentById))
    .leftJoin(emailMessages, eq(emailMessages.id, leadReplyDrafts.emailMessageId))
    .where(and(eq(leadReplyDrafts.orgId, orgId), eq(leadReplyDrafts.leadId, leadId)))
    .orderBy(desc(leadReplyDrafts.createdAt), desc(leadReplyDrafts.id));
}

export type LeadReplyDraftRow = Awaited<ReturnType<typeof listLeadReplyDrafts>>[number];

/** One draft of the workspace with its lead's name and email; another workspace's draft is not found. */
export async function getReplyDraft(db: Executor, { orgId, draftId }: { orgId: string; draftId: string }) {
  const [row] = await db
    .select({ draft: leadReplyDrafts, lead: { id: leads.id, name: leads.name, email: leads.email } })
    .from(leadReplyDrafts)
    .innerJoin(leads, and(eq(leads.id, leadReplyDrafts.leadId), eq(leads.orgId, leadReplyDrafts.orgId)))
    .where(and(eq(leadReplyDrafts.id, draftId), eq(leadReplyDrafts.orgId, orgId)));
  if (!row) throw new AppError('not_found', 'Reply draft not found.');
  return row;
}
