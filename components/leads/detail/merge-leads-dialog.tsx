'use client';

import { GitMerge } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { mergeLeadsAction } from '@/lib/actions/leads/merge-leads';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { useLeadPage, useRefreshTimeline } from './lead-page-context';
import { MergeFieldsTable, defaultPick, type MergeLead, type MergePick } from './merge-fields-table';
import { MergeLeadSearch } from './merge-lead-search';

/**
 * Merges a duplicate into this lead: pick the other lead, choose each field's value side by side, confirm.
 * This lead stays (the page does not move); the other one is deleted.
 */
export function MergeLeadsDialog({ primary }: { primary: MergeLead }) {
  const { orgSlug } = useLeadPage();
  const refreshTimeline = useRefreshTimeline();
  const [open, setOpen] = useState(false);
  const [secondary, setSecondary] = useState<MergeLead | null>(null);
  const [pick, setPick] = useState<MergePick>({});
  const [error, setError] = useState<string | null>(null);
  const { execute, isPending } = useAction(mergeLeadsAction, {
    onSuccess: () => {
      toast.success(`Merged ${secondary?.name ?? 'the other lead'} into this lead.`);
      void refreshTimeline();
      close();
    },
    onError: ({ error: actionError }) => setError(actionErrorMessage(actionError)),
  });

  function close() {
    setOpen(false);
    setSecondary(null);
    setPick({});
    setError(null);
  }

  // While the merge runs the dialog stays open, so a failure can be read and retried.
  function onOpenChange(next: boolean) {
    if (isPending) return;
    if (next) setOpen(true);
    else close();
  }

  function choose(lead: MergeLead) {
    setSecondary(lead);
    setPick(defaultPick(primary, lead));
    setError(null);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <GitMerge aria-hidden />
          Merge…
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{secondary ? `Merge ${secondary.name} into ${primary.name}` : `Merge a duplicate into ${primary.name}`}</DialogTitle>
          <DialogDescription>
            {secondary
              ? 'Choose the value to keep for each field. Tags and custom fields are combined; activities, meetings and tasks move to this lead, and the other lead is deleted.'
              : 'Find the lead that duplicates this one. This lead is kept; the other is merged into it.'}
          </DialogDescription>
        </DialogHeader>
        {secondary ? (
          <MergeFieldsTable primary={primary} secondary={secondary} pick={pick} onPickChange={setPick} />
        ) : (
          <MergeLeadSearch onPick={choose} />
        )}
        {error ? (
          <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
            {error}
          </p>
        ) : null}
        {secondary ? (
          <DialogFooter>
            <Button variant="ghost" disabled={isPending} onClick={() => setSecondary(null)}>
              Back
            </Button>
            <Button disabled={isPending} onClick={() => execute({ orgSlug, primaryId: primary.id, secondaryId: secondary.id, pick })}>
              {isPending ? 'Merging…' : 'Merge leads'}
            </Button>
          </DialogFooter>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
