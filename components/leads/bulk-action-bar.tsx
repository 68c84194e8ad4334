'use client';

import { Columns3, Tag, Tags, Trash2, UserRound, X } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import type { z } from 'zod';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { bulkUpdateLeadsAction } from '@/lib/actions/leads/bulk-update-leads';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import type { BulkOperation, leadSelectionSchema } from '@/lib/leads/bulk-schemas';
import { BulkTagPopover } from './bulk-tag-popover';
import { pluralLeads } from './lead-format';
import type { MemberOption, StageOption } from './lead-list-types';

export type BulkSelection = z.input<typeof leadSelectionSchema>;

type BulkActionBarProps = {
  orgSlug: string;
  selection: BulkSelection;
  /** What the selection is, in words: "3 leads", "all 1,234 matching leads". */
  label: string;
  stages: StageOption[];
  members: MemberOption[];
  tagSuggestions: string[];
  onDone: () => void;
};

function doneMessage(operation: BulkOperation, affected: number) {
  const leads = pluralLeads(affected);
  switch (operation.type) {
    case 'assign':
      return operation.ownerId ? `Assigned ${leads}.` : `Unassigned ${leads}.`;
    case 'stage':
      return `Moved ${leads}.`;
    case 'add_tag':
      return `Tagged ${leads} “${operation.tag}”.`;
    case 'remove_tag':
      return `Removed “${operation.tag}” from ${leads}.`;
    case 'delete':
      return `Deleted ${leads}.`;
  }
}

/** Actions on the ticked leads, or on every lead matching the filter; each is one request, whatever the count. */
export function BulkActionBar({ orgSlug, selection, label, stages, members, tagSuggestions, onDone }: BulkActionBarProps) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { execute, isPending } = useAction(bulkUpdateLeadsAction, {
    onSuccess: ({ data, input }) => {
      const operation = input.operation as BulkOperation;
      toast.success(data.affected === 0 && operation.type !== 'delete' ? 'Nothing to change: the leads were already like that.' : doneMessage(operation, data.affected));
      setConfirmingDelete(false);
      onDone();
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });
  const run = (operation: BulkOperation) => execute({ orgSlug, selection, operation });

  return (
    <div role="toolbar" aria-label="Bulk actions" className="sticky bottom-4 z-10 flex flex-wrap items-center gap-1 rounded-lg border bg-popover p-1.5 pl-3 text-sm shadow-lg">
      <span className="mr-2 font-medium" aria-live="polite">
        {label.charAt(0).toUpperCase() + label.slice(1)} selected
      </span>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="sm" disabled={isPending}>
            <UserRound aria-hidden />
            Assign owner
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="max-h-80 w-56 overflow-y-auto">
          <DropdownMenuLabel>Assign to</DropdownMenuLabel>
          {members.map((member) => (
            <DropdownMenuItem key={member.userId} onSelect={() => run({ type: 'assign', ownerId: member.userId })}>
              {member.label}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => run({ type: 'assign', ownerId: null })}>Unassigned</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="sm" disabled={isPending}>
            <Columns3 aria-hidden />
            Change stage
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="max-h-80 w-56 overflow-y-auto">
          <DropdownMenuLabel>Move to</DropdownMenuLabel>
          {stages.map((stage) => (
            <DropdownMenuItem key={stage.id} onSelect={() => run({ type: 'stage', stageId: stage.id })}>
              {stage.name}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => run({ type: 'stage', stageId: null })}>No stage</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <BulkTagPopover
        trigger={
          <Button variant="ghost" size="sm" disabled={isPending}>
            <Tag aria-hidden />
            Add tag
          </Button>
        }
        label="Tag to add"
        submitLabel="Add tag"
        suggestions={tagSuggestions}
        disabled={isPending}
        onSubmit={(tag) => run({ type: 'add_tag', tag })}
      />
      <BulkTagPopover
        trigger={
          <Button variant="ghost" size="sm" disabled={isPending}>
            <Tags aria-hidden />
            Remove tag
          </Button>
        }
        label="Tag to remove"
        submitLabel="Remove tag"
        suggestions={tagSuggestions}
        disabled={isPending}
        onSubmit={(tag) => run({ type: 'remove_tag', tag })}
      />
      <Button variant="ghost" size="sm" className="text-destructive hover:text-destructive" disabled={isPending} onClick={() => setConfirmingDelete(true)}>
        <Trash2 aria-hidden />
        Delete
      </Button>
      <Button variant="ghost" size="icon" className="ml-auto size-8" aria-label="Clear selection" disabled={isPending} onClick={onDone}>
        <X aria-hidden />
      </Button>
      <ConfirmDialog
        open={confirmingDelete}
        onOpenChange={setConfirmingDelete}
        title={`Delete ${label}?`}
        description="Their timelines (notes, calls, meetings) are deleted with them; their tasks stay, without a lead. This cannot be undone."
        confirmLabel={`Delete ${label}`}
        pendingLabel="Deleting…"
        destructive
        pending={isPending}
        onConfirm={() => run({ type: 'delete' })}
      />
    </div>
  );
}
