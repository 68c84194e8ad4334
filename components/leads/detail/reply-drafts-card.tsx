'use client';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { RegenerateReplyButton } from './reply-draft-regenerate';
import { ReplyDraftItem } from './reply-draft-item';
import { draftVersionKey, FIRST_RESPONSE, type ReplyDraftView, type ReplyLead } from './reply-drafts-types';

function emptyText(lead: ReplyLead, canWrite: boolean) {
  if (!lead.email) return 'No reply drafts. Add an email address to this lead to draft a reply.';
  return canWrite ? 'No reply drafts yet. Beacon drafts a first response when a new lead arrives, or draft one now.' : 'No reply drafts yet.';
}

/** Every reply drafted for the lead, newest first; nothing is sent without a person approving it here. */
export function ReplyDraftsCard({ drafts, lead, canWrite }: { drafts: ReplyDraftView[]; lead: ReplyLead; canWrite: boolean }) {
  const canDraftFirst = canWrite && lead.email !== null && !drafts.some((draft) => draft.kind === FIRST_RESPONSE);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Reply drafts</h2>
        </CardTitle>
        <CardDescription>{drafts.length === 0 ? emptyText(lead, canWrite) : 'Edit a draft, then approve it to send. Nothing is sent without your approval.'}</CardDescription>
      </CardHeader>
      {drafts.length > 0 || canDraftFirst ? (
        <CardContent className="grid gap-4">
          {canDraftFirst ? <RegenerateReplyButton mode="create" /> : null}
          {drafts.length > 0 ? (
            <ul className="grid gap-4" aria-label="Reply drafts">
              {drafts.map((draft) => (
                <ReplyDraftItem key={draftVersionKey(draft)} draft={draft} lead={lead} canWrite={canWrite} />
              ))}
            </ul>
          ) : null}
        </CardContent>
      ) : null}
    </Card>
  );
}
