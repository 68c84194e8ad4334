import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { leadReplyDrafts, type Plan } from '@/db/schema';
import type { AiProviderKind } from '@/db/schema/values';
import { isAppError } from '@/lib/errors';
import { hasDraftAllowance, withinDraftAllowance } from './draft-allowance';
import { generateFirstResponse } from './generate-reply';
import { getReplyContext } from './reply-context';
import { FIRST_RESPONSE_KIND, type ReplyDraftOutput } from './reply-draft-schemas';

export type FirstResponseResult =
  | { draftId: string; provider: AiProviderKind }
  | { skipped: 'lead not found' | 'no email' | 'exists' | 'limit' };

async function hasFirstResponse(db: Db, { orgId, leadId }: { orgId: string; leadId: string }) {
  const [row] = await db
    .select({ id: leadReplyDrafts.id })
    .from(leadReplyDrafts)
    .where(and(eq(leadReplyDrafts.orgId, orgId), eq(leadReplyDrafts.leadId, leadId), eq(leadReplyDrafts.kind, FIRST_RESPONSE_KIND)));
  return row !== undefined;
}

/**
 * Stores a lead's first response, once: the allowance is re-counted under the workspace's lock (the count
 * before generating was only a shortcut), and the unique (lead, kind) turns a second insert into a no-op.
 */
export async function insertFirstResponse(
  db: Db,
  { org, leadId, draft, now }: { org: { id: string; plan: Plan }; leadId: string; draft: ReplyDraftOutput & { provider: AiProviderKind }; now: Date },
): Promise<FirstResponseResult> {
  const inserted = await withinDraftAllowance(db, { orgId: org.id, plan: org.plan, now }, async (tx): Promise<FirstResponseResult> => {
    const [row] = await tx
      .insert(leadReplyDrafts)
      .values({ orgId: org.id, leadId, kind: FIRST_RESPONSE_KIND, subject: draft.subject, body: draft.body, provider: draft.provider, status: 'draft' })
      .onConflictDoNothing({ target: [leadReplyDrafts.leadId, leadReplyDrafts.kind] })
      .returning({ id: leadReplyDrafts.id });
    return row ? { draftId: row.id, provider: draft.provider } : { skipped: 'exists' };
  });
  return inserted ?? { skipped: 'limit' };
}

/**
 * Drafts the first response to a new lead, waiting on the lead page for a person to edit and approve it.
 * Skips a lead without an email, a lead that already has one, and a workspace out of AI-drafted emails or
 * AI tokens this month. Nothing is sent here.
 */
export async function createFirstResponseDraft(
  db: Db,
  { orgId, leadId, createdById = null, now = new Date() }: { orgId: string; leadId: string; createdById?: string | null; now?: Date },
): Promise<FirstResponseResult> {
  const context = await getReplyContext(db, { orgId, leadId, createdById });
  if (!context) return { skipped: 'lead not found' };
  if (!context.lead.email) return { skipped: 'no email' };
  if (await hasFirstResponse(db, { orgId, leadId })) return { skipped: 'exists' };
  // Checked before generating so a workspace over its allowance spends no tokens.
  if (!(await hasDraftAllowance(db, { orgId, plan: context.org.plan, now }))) return { skipped: 'limit' };
  let draft: Awaited<ReturnType<typeof generateFirstResponse>>;
  try {
    draft = await generateFirstResponse(db, context);
  } catch (error) {
    if (isAppError(error) && error.code === 'limit_exceeded') return { skipped: 'limit' };
    throw error;
  }
  return insertFirstResponse(db, { org: context.org, leadId, draft, now });
}
