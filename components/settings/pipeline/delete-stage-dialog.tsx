'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { deleteStageAction } from '@/lib/actions/leads/delete-stage';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import type { StageRowData } from './stage-row';

// Radix Select items cannot have an empty value; this one stands for "no stage".
const NONE = '__none';

type DeleteStageDialogProps = { orgSlug: string; stage: StageRowData | null; stages: StageRowData[]; onClose: () => void };

/** Deleting a stage asks where its leads go: another stage, or none. */
export function DeleteStageDialog({ orgSlug, stage, stages, onClose }: DeleteStageDialogProps) {
  const others = stages.filter((candidate) => candidate.id !== stage?.id);
  const [target, setTarget] = useState<string | null>(null);
  // Until the user picks, leads go to the first other stage: moving nobody's deal out of the pipeline by default.
  const moveTo = target ?? others[0]?.id ?? NONE;
  const remove = useAction(deleteStageAction, {
    onSuccess: () => {
      toast.success(`Stage “${stage?.name}” deleted.`);
      setTarget(null);
      onClose();
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });
  const leads = stage?.leadCount ?? 0;

  return (
    <ConfirmDialog
      open={stage !== null}
      onOpenChange={(open) => {
        if (!open) {
          setTarget(null);
          onClose();
        }
      }}
      title={`Delete the stage “${stage?.name ?? ''}”?`}
      description={
        <span className="grid gap-3">
          <span>
            {leads === 0
              ? 'No lead is in this stage.'
              : `${leads.toLocaleString('en')} ${leads === 1 ? 'lead is' : 'leads are'} in this stage. Choose where ${leads === 1 ? 'it goes' : 'they go'}; nothing else about ${leads === 1 ? 'it' : 'them'} changes.`}
          </span>
          {leads > 0 ? (
            <span className="grid gap-1.5">
              <Label htmlFor="delete-stage-target" className="text-foreground">
                Move its leads to
              </Label>
              <Select value={moveTo} onValueChange={setTarget}>
                <SelectTrigger id="delete-stage-target" className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {others.map((other) => (
                    <SelectItem key={other.id} value={other.id}>
                      {other.name}
                    </SelectItem>
                  ))}
                  <SelectItem value={NONE}>No stage</SelectItem>
                </SelectContent>
              </Select>
            </span>
          ) : null}
        </span>
      }
      confirmLabel="Delete stage"
      pendingLabel="Deleting…"
      destructive
      pending={remove.isPending}
      onConfirm={() => stage && remove.execute({ orgSlug, stageId: stage.id, moveToStageId: moveTo !== NONE ? moveTo : undefined })}
    />
  );
}
