'use client';

import { useQueryClient } from '@tanstack/react-query';
import { RotateCcw } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { retryJobRunAction } from '@/lib/actions/admin/retry-job-run';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { JOB_RUNS_QUERY_KEY } from './job-runs-query';

type Props = {
  runId: string;
  jobId: string;
  /** Open the new run's page once it is queued (from a run's own page) instead of staying on the list. */
  openRetry?: boolean;
};

/** Queues a copy of a failed run after a confirmation; the list and the health cards refresh. */
export function RetryRunButton({ runId, jobId, openRetry = false }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const { execute, isPending } = useAction(retryJobRunAction, {
    onSuccess: ({ data }) => {
      setOpen(false);
      toast.success('Retry queued.');
      void queryClient.invalidateQueries({ queryKey: JOB_RUNS_QUERY_KEY });
      if (openRetry && data) router.push(`/admin/jobs/${data.id}`);
      else router.refresh();
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });

  return (
    <>
      <Button type="button" variant="outline" size="sm" onClick={() => setOpen(true)} aria-label={openRetry ? undefined : `Retry run of ${jobId}`}>
        <RotateCcw aria-hidden />
        Retry
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Retry this run of “${jobId}”?`}
        description="A new run with the same payload is queued and runs every step again. Jobs are written to be safe to repeat, but check the error first: a retry of a run that fails for the same reason will fail again."
        confirmLabel="Queue retry"
        pendingLabel="Queuing…"
        pending={isPending}
        onConfirm={() => execute({ runId })}
      />
    </>
  );
}
