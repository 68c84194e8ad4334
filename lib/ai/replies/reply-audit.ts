import type { Executor } from '@/db';
import type { ReplyDraftStatus } from '@/db/schema/values';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';

export const ALREADY: Record<ReplyDraftStatus, string> = {
  draft: 'This reply is still a draft.',
  sending: 'This reply is being sent right now.',
  sent: 'This reply was already sent.',
  discarded: 'This draft was discarded.',
  unknown: "We couldn't confirm this reply was sent. Check its delivery status on the lead's page before sending it again.",
};

/** One audit row for a person's decision on a reply draft (edit, send, discard, regenerate, resolve). */
export function auditReplyDraft(
  db: Executor,
  ctx: Pick<Ctx, 'org' | 'actor' | 'user' | 'apiKey' | 'requestId'>,
  action: string,
  draft: { id: string; leadId: string; kind: string },
  metadata: Record<string, unknown> = {},
) {
  return recordAudit(db, {
    orgId: ctx.org.id,
    actorType: ctx.actor,
    actorUserId: ctx.user?.id ?? null,
    actorApiKeyId: ctx.apiKey?.id ?? null,
    action,
    targetType: 'lead_reply_draft',
    targetId: draft.id,
    metadata: { leadId: draft.leadId, kind: draft.kind, ...metadata },
    requestId: ctx.requestId ?? null,
  });
}
