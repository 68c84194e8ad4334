'use client';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, Check, GripVertical, Pencil, Trash2, X } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { updateStageAction } from '@/lib/actions/leads/update-stage';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { cn } from '@/lib/utils';

export type StageRowData = { id: string; name: string; isWon: boolean; isLost: boolean; leadCount: number };

type StageRowProps = {
  orgSlug: string;
  stage: StageRowData;
  index: number;
  total: number;
  disabled: boolean;
  onMove: (from: number, to: number) => void;
  onDelete: (stage: StageRowData) => void;
};

/** One stage: drag handle and up/down buttons to reorder, inline rename, won/lost switches, delete. */
export function StageRow({ orgSlug, stage, index, total, disabled, onMove, onDelete }: StageRowProps) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: stage.id, disabled });
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(stage.name);
  const [error, setError] = useState<string | null>(null);
  const update = useAction(updateStageAction, {
    onSuccess: () => setEditing(false),
    onError: ({ error: actionError }) => {
      const message = actionError.validationErrors?.fieldErrors?.name?.[0] ?? actionErrorMessage(actionError);
      if (editing) setError(message);
      else toast.error(message);
    },
  });

  function cancelEdit() {
    setName(stage.name);
    setError(null);
    setEditing(false);
  }

  function saveName() {
    const trimmed = name.trim();
    if (trimmed === stage.name) return setEditing(false);
    setError(null);
    update.execute({ orgSlug, stageId: stage.id, name: trimmed });
  }

  // A stage is won or lost, never both: switching one on switches the other off.
  const setFlag = (flag: 'isWon' | 'isLost', on: boolean) =>
    update.execute({ orgSlug, stageId: stage.id, ...(flag === 'isWon' ? { isWon: on, ...(on ? { isLost: false } : {}) } : { isLost: on, ...(on ? { isWon: false } : {}) }) });

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-stage-id={stage.id}
      className={cn('flex flex-wrap items-center gap-3 rounded-md border bg-card px-3 py-2', isDragging && 'relative z-10 shadow-lg')}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Reorder ${stage.name}`}
        className="cursor-grab rounded text-muted-foreground hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none disabled:cursor-not-allowed"
      >
        <GripVertical aria-hidden className="size-4" />
      </button>
      <div className="flex min-w-48 flex-1 items-center gap-2">
        {editing ? (
          <form
            className="flex flex-1 flex-wrap items-center gap-1"
            onSubmit={(event) => {
              event.preventDefault();
              saveName();
            }}
          >
            <Input
              aria-label={`New name for ${stage.name}`}
              aria-invalid={error ? true : undefined}
              value={name}
              maxLength={60}
              autoFocus
              className="h-8 max-w-64"
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') cancelEdit();
              }}
            />
            <Button type="submit" size="icon" variant="ghost" className="size-8" aria-label="Save name" disabled={update.isPending}>
              <Check aria-hidden />
            </Button>
            <Button type="button" size="icon" variant="ghost" className="size-8" aria-label="Cancel renaming" onClick={cancelEdit}>
              <X aria-hidden />
            </Button>
            {error ? (
              <p role="alert" className="w-full text-xs text-destructive">
                {error}
              </p>
            ) : null}
          </form>
        ) : (
          <>
            <span className="font-medium">{stage.name}</span>
            <span className="text-xs text-muted-foreground tabular-nums">
              {stage.leadCount.toLocaleString('en')} {stage.leadCount === 1 ? 'lead' : 'leads'}
            </span>
            <Button variant="ghost" size="icon" className="size-7" aria-label={`Rename ${stage.name}`} onClick={() => {
                setName(stage.name);
                setEditing(true);
              }}>
              <Pencil aria-hidden />
            </Button>
          </>
        )}
      </div>
      <div className="flex items-center gap-4">
        <div className="flex items-center gap-2">
          <Switch id={`won-${stage.id}`} checked={stage.isWon} disabled={update.isPending} onCheckedChange={(on) => setFlag('isWon', on)} />
          <Label htmlFor={`won-${stage.id}`}>Won</Label>
        </div>
        <div className="flex items-center gap-2">
          <Switch id={`lost-${stage.id}`} checked={stage.isLost} disabled={update.isPending} onCheckedChange={(on) => setFlag('isLost', on)} />
          <Label htmlFor={`lost-${stage.id}`}>Lost</Label>
        </div>
        <div className="flex items-center">
          <Button variant="ghost" size="icon" className="size-8" aria-label={`Move ${stage.name} up`} disabled={disabled || index === 0} onClick={() => onMove(index, index - 1)}>
            <ArrowUp aria-hidden />
          </Button>
          <Button variant="ghost" size="icon" className="size-8" aria-label={`Move ${stage.name} down`} disabled={disabled || index === total - 1} onClick={() => onMove(index, index + 1)}>
            <ArrowDown aria-hidden />
          </Button>
          <Button variant="ghost" size="icon" className="size-8 text-destructive" aria-label={`Delete ${stage.name}`} onClick={() => onDelete(stage)}>
            <Trash2 aria-hidden />
          </Button>
        </div>
      </div>
    </li>
  );
}
