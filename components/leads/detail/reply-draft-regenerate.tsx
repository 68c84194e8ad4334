'use client';

import { RefreshCw, Sparkles } from 'lucide-react';
import Link from 'next/link';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { regenerateReplyDraftAction } from '@/lib/actions/leads/reply-drafts/regenerate-reply-draft';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { useLeadPage } from './lead-page-context';

type Problem = { message: string; upgradeUrl?: string };

/**
 * Writes the lead's first response (again). Replacing an existing draft asks first, since edits are lost;
 * over the month's limit the message links to billing instead of failing silently.
 */
export function RegenerateReplyButton({ mode, disabled }: { mode: 'create' | 'replace'; disabled?: boolean }) {
  const { orgSlug, leadId } = useLeadPage();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const { execute, isPending } = useAction(regenerateReplyDraftAction, {
    onExecute: () => setProblem(null),
    onSuccess: ({ data }) => {
      setConfirming(false);
      if (data.limitExceeded) return setProblem(data.limitExceeded);
      toast.success(mode === 'create' ? 'First response drafted.' : 'New draft written.');
    },
    onError: ({ error }) => {
      setConfirming(false);
      setProblem({ message: actionErrorMessage(error) });
    },
  });
  const run = () => execute({ orgSlug, leadId });
  const Icon = mode === 'create' ? Sparkles : RefreshCw;

  return (
    <div className="grid gap-2">
      <Button type="button" variant={mode === 'create' ? 'default' : 'outline'} size="sm" className="w-fit" disabled={disabled || isPending} onClick={mode === 'create' ? run : () => setConfirming(true)}>
        <Icon aria-hidden />
        {isPending ? 'Writing…' : mode === 'create' ? 'Draft a first response' : 'Regenerate'}
      </Button>
      <div aria-live="polite">
        {problem ? (
          <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
            {problem.message}{' '}
            {problem.upgradeUrl ? (
              <Link href={problem.upgradeUrl} className="font-medium underline underline-offset-2">
                See plans and upgrade
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Write a new draft?"
        description="A new first response replaces this draft. Any changes you made to it are lost."
        confirmLabel="Regenerate"
        pendingLabel="Writing…"
        pending={isPending}
        onConfirm={run}
      />
    </div>
  );
}
