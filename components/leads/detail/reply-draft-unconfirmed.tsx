'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { formatDateTime } from '@/components/settings/format';
import { Button } from '@/components/ui/button';
import { resolveReplyDraftAction } from '@/lib/actions/leads/reply-drafts/resolve-reply-draft';
import type { ReplyEmailRecord } from '@/lib/ai/replies/reply-email-record';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { firstNameOf } from '@/lib/text/plain-text';
import { useLeadPage, useRefreshTimeline } from './lead-page-context';

type Outcome = 'sent' | 'not_sent';

const CONFIRM: Record<Outcome, { title: string; description: string; label: string }> = {
  sent: {
    title: 'Mark this reply as sent?',
    description: 'Do this when the delivery status or the lead’s answer shows it arrived. It is recorded on the timeline as sent.',
    label: 'Mark as sent',
  },
  not_sent: {
    title: 'Back to draft?',
    description: 'Do this only if you are sure it never arrived: the draft can then be sent again, and a reply that did arrive would reach them twice.',
    label: 'Back to draft',
  },
};

const SERVICE: Record<string, string> = { resend: 'Resend', outbox: 'Beacon outbox (no email service connected)' };

/** What Beacon's stored copy says about the email, in words a member can act on (the outbox itself is staff-only). */
export function deliveryStatusText(email: ReplyEmailRecord | null): string {
  if (!email) return 'Beacon has no record of this email reaching the email service.';
  if (email.status === 'sent') return 'The email service accepted it, so it most likely arrived.';
  if (email.status === 'failed') return 'The email service did not confirm it (it failed or did not answer in time): it may or may not have arrived.';
  if (email.provider === 'outbox') return 'It was kept in Beacon’s outbox: no email service is connected, so it did not leave Beacon.';
  return 'It was handed to the email service, which never answered: it may or may not have arrived.';
}

function DeliveryDetails({ email }: { email: ReplyEmailRecord }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      <dt className="font-medium">Email service</dt>
      <dd>{SERVICE[email.provider] ?? email.provider}</dd>
      <dt className="font-medium">Stored</dt>
      <dd>{formatDateTime(email.createdAt)}</dd>
      {email.providerMessageId ? (
        <>
          <dt className="font-medium">Message ID</dt>
          <dd className="break-all font-mono">{email.providerMessageId}</dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * A reply whose sending was never confirmed: what Beacon knows about the email, and (for those who may
 * write) a way to settle it as sent or back to draft.
 */
export function ReplyDraftUnconfirmed({ draftId, email, leadName, canSettle }: { draftId: string; email: ReplyEmailRecord | null; leadName: string; canSettle: boolean }) {
  const { orgSlug } = useLeadPage();
  const refreshTimeline = useRefreshTimeline();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { execute, isPending } = useAction(resolveReplyDraftAction, {
    onSuccess: ({ data }) => {
      setOutcome(null);
      toast.success(data.status === 'sent' ? 'Marked as sent.' : 'Back to draft.');
      if (data.status === 'sent') void refreshTimeline();
    },
    onError: ({ error }) => {
      setOutcome(null);
      toast.error(actionErrorMessage(error));
    },
  });
  const who = firstNameOf(leadName) || 'the lead';

  return (
    <div role="status" className="grid gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <p>
        We couldn&apos;t confirm this reply was sent. {deliveryStatusText(email)}
      </p>
      {email ? <DeliveryDetails email={email} /> : null}
      <p>
        Not sure? Ask {who} whether it arrived (their answer comes to the sender&apos;s inbox) before sending it again: a second send could reach them twice.
      </p>
      {canSettle ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" variant="outline" disabled={isPending} onClick={() => setOutcome('sent')}>
            It was sent
          </Button>
          <Button type="button" size="sm" variant="outline" disabled={isPending} onClick={() => setOutcome('not_sent')}>
            It wasn&apos;t sent
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={outcome !== null}
        onOpenChange={(open) => !open && setOutcome(null)}
        title={outcome ? CONFIRM[outcome].title : ''}
        description={outcome ? CONFIRM[outcome].description : ''}
        confirmLabel={outcome ? CONFIRM[outcome].label : ''}
        pending={isPending}
        onConfirm={() => outcome && execute({ orgSlug, draftId, outcome })}
      />
    </div>
  );
}
