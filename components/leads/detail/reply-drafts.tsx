import { listLeadReplyDrafts } from '@/lib/ai/replies/queries';
import type { Ctx } from '@/lib/ctx';
import { roleCan } from '@/lib/orgs/permissions';
import { ReplyDraftsCard } from './reply-drafts-card';

/** The lead page's "Reply drafts" card: loads the lead's drafts for this workspace and hands them to the client card. */
export async function ReplyDrafts({ ctx, lead }: { ctx: Ctx; lead: { id: string; name: string; email: string | null } }) {
  const drafts = await listLeadReplyDrafts(ctx.db, { orgId: ctx.org.id, leadId: lead.id });
  return <ReplyDraftsCard drafts={drafts} lead={{ name: lead.name, email: lead.email }} canWrite={roleCan(ctx.role, 'leads.write')} />;
}
