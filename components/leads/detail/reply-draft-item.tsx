'use client';

import { OfflineBadge } from '@/components/ai/offline-badge';
import { formatDateTime } from '@/components/settings/format';
import { Badge } from '@/components/ui/badge';
import type { ReplyDraftStatus } from '@/db/schema/values';
import { isStaleSending } from '@/lib/ai/replies/reply-draft-schemas';
import { useLeadPage } from './lead-page-context';
import { RelativeTime } from './relative-time';
import { ReplyDraftForm } from './reply-draft-form';
import { RegenerateReplyButton } from './reply-draft-regenerate';
import { ReplyDraftUnconfirmed } from './reply-draft-unconfirmed';
import { draftKindLabel, FIRST_RESPONSE, type ReplyDraftView, type ReplyLead } from './reply-drafts-types';

const STATUS: Record<ReplyDraftStatus, { label: string; variant: 'default' | 'secondary' | 'outline' | 'destructive' }> = {
  draft: { label: 'Draft', variant: 'secondary' },
  sending: { label: 'Sending…', variant: 'outline' },
  sent: { label: 'Sent', variant: 'default' },
  discarded: { label: 'Discarded', variant: 'outline' },
  unknown: { label: 'Unconfirmed', variant: 'destructive' },
};

function SentLine({ draft }: { draft: ReplyDraftView }) {
  if (draft.status !== 'sent' || !draft.sentAt) return null;
  const by = draft.sentByName?.trim() || draft.sentByEmail;
  return (
    <p className="text-xs text-muted-foreground">
      Sent {formatDateTime(draft.sentAt)}
      {by ? ` by ${by}` : ''}
    </p>
  );
}

/** A read-only copy of what was (or was going to be) sent. */
function DraftText({ draft, muted }: { draft: ReplyDraftView; muted?: boolean }) {
  return (
    <div className={muted ? 'grid gap-1 text-muted-foreground' : 'grid gap-1'}>
      <p className="text-sm font-medium">{draft.subject}</p>
      <p className="max-h-64 overflow-y-auto rounded-md bg-muted/40 px-3 py-2 text-sm whitespace-pre-wrap">{draft.body}</p>
    </div>
  );
}

export function ReplyDraftItem({ draft, lead, canWrite }: { draft: ReplyDraftView; lead: ReplyLead; canWrite: boolean }) {
  const { renderedAt } = useLeadPage();
  const status = STATUS[draft.status];
  const isFirstResponse = draft.kind === FIRST_RESPONSE;
  const unconfirmed = draft.status === 'unknown' || isStaleSending(draft, new Date(renderedAt));
  const headingId = `reply-draft-${draft.id}`;

  return (
    <li className="grid gap-3 rounded-md border p-4" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-sm font-medium">
          {draftKindLabel(draft.kind)}
        </h3>
        <Badge variant={status.variant}>{status.label}</Badge>
        <OfflineBadge provider={draft.provider} />
        <span className="ml-auto text-xs text-muted-foreground">
          Drafted <RelativeTime value={draft.createdAt} renderedAt={renderedAt} />
        </span>
      </div>
      <SentLine draft={draft} />
      {draft.status === 'draft' && canWrite ? (
        <ReplyDraftForm draft={draft} lead={lead} canRegenerate={isFirstResponse} />
      ) : (
        <DraftText draft={draft} muted={draft.status === 'discarded'} />
      )}
      {draft.status === 'sending' && !unconfirmed ? <p className="text-sm text-muted-foreground">This reply is being sent.</p> : null}
      {unconfirmed ? <ReplyDraftUnconfirmed draftId={draft.id} email={draft.email} leadName={lead.name} canSettle={canWrite} /> : null}
      {draft.status === 'discarded' && canWrite && isFirstResponse && lead.email ? <RegenerateReplyButton mode="replace" /> : null}
    </li>
  );
}
