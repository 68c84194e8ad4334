'use client';

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type Modifier } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useOptimistic, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { reorderStagesAction } from '@/lib/actions/leads/reorder-stages';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { DeleteStageDialog } from './delete-stage-dialog';
import { StageRow, type StageRowData } from './stage-row';

// Rows only move up and down (what @dnd-kit/modifiers' restrictToVerticalAxis does, without the package).
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/**
 * The workspace's stages in board order. Dragging a row (mouse, touch or keyboard) or its up/down buttons
 * reorders at once; the saved order replaces it when the action refreshes the page, and a failure puts the
 * old order back.
 */
export function StageList({ orgSlug, stages }: { orgSlug: string; stages: StageRowData[] }) {
  const [order, applyOrder] = useOptimistic(stages, (_current, next: StageRowData[]) => next);
  const [isPending, startTransition] = useTransition();
  const [deleting, setDeleting] = useState<StageRowData | null>(null);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  function move(from: number, to: number) {
    if (to < 0 || to >= order.length || from === to) return;
    const next = arrayMove(order, from, to);
    startTransition(async () => {
      applyOrder(next);
      try {
        const result = await reorderStagesAction({ orgSlug, stageIds: next.map((stage) => stage.id) });
        if (!result?.data) toast.error(actionErrorMessage(result ?? {}));
      } catch {
        toast.error('Could not save the new order. Check your connection and try again.');
      }
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    move(order.findIndex((stage) => stage.id === active.id), order.findIndex((stage) => stage.id === over.id));
  }

  if (order.length === 0) {
    return (
      <div className="grid justify-items-center gap-1 py-8 text-center">
        <p className="font-medium">No stages yet</p>
        <p className="text-sm text-muted-foreground">Add the steps a lead goes through, from first contact to won or lost.</p>
      </div>
    );
  }

  return (
    <>
      <DndContext id="pipeline-stages" sensors={sensors} collisionDetection={closestCenter} modifiers={[verticalOnly]} onDragEnd={onDragEnd}>
        <SortableContext items={order.map((stage) => stage.id)} strategy={verticalListSortingStrategy}>
          <ol className="grid gap-2" aria-label="Pipeline stages in order" aria-busy={isPending}>
            {order.map((stage, index) => (
              <StageRow
                key={stage.id}
                orgSlug={orgSlug}
                stage={stage}
                index={index}
                total={order.length}
                disabled={isPending}
                onMove={move}
                onDelete={setDeleting}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <DeleteStageDialog orgSlug={orgSlug} stage={deleting} stages={order} onClose={() => setDeleting(null)} />
    </>
  );
}
