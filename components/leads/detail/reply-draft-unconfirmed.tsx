'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { resolveReplyDraftAction } from '@/lib/actions/leads/reply-drafts/resolve-reply-draft';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { useLeadPage, useRefreshTimeline } from './lead-page-context';

type Outcome = 'sent' | 'not_sent';

const CONFIRM: Record<Outcome, { title: string; description: string; label: string }> = {
  sent: { title: 'Mark this reply as sent?', description: 'Do this once you have found it in the outbox. It is recorded on the timeline as sent.', label: 'Mark as sent' },
  not_sent: {
    title: 'Back to draft?',
    description: 'Do this only if the outbox shows it never left: the draft can then be sent again, and a reply that did leave would go twice.',
    label: 'Back to draft',
  },
};

/** A reply whose sending was never confirmed: the person checks the outbox and says what happened. */
export function ReplyDraftUnconfirmed({ draftId }: { draftId: string }) {
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

  return (
    <div role="status" className="grid gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <p>We couldn&apos;t confirm this reply was sent. Check the outbox before sending it again.</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" variant="outline" disabled={isPending} onClick={() => setOutcome('sent')}>
          It was sent
        </Button>
        <Button type="button" size="sm" variant="outline" disabled={isPending} onClick={() => setOutcome('not_sent')}>
          It wasn&apos;t sent
        </Button>
      </div>
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
