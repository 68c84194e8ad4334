'use client';

import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useOptimistic, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { changeLeadStageAction } from '@/lib/actions/leads/change-lead-stage';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import type { Board, BoardCard } from '@/lib/leads/board';
import { BoardCardBody, type MoveTarget } from './board-card';
import { BoardColumn } from './board-column';
import { columnKey, columnName, moveCard, NO_STAGE } from './board-state';

type PipelineBoardProps = {
  orgSlug: string;
  board: Board;
  /** The board's filter as query parameters, for the "+N more" links to the list. */
  filterParams: Record<string, string>;
  canMove: boolean;
};

// With a pointer, the column under it; with the keyboard (no pointer), the column nearest the moved card.
const collisionDetection: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCenter(args);
  const within = pointerWithin(args);
  return within.length > 0 ? within : closestCenter(args);
};

// Left and right arrows jump a keyboard-dragged card to the previous or next column; up and down do nothing.
const columnCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context: { collisionRect, droppableRects } }) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  if (!collisionRect) return currentCoordinates;
  const center = collisionRect.left + collisionRect.width / 2;
  const rects = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const target = event.code === 'ArrowRight' ? rects.find((rect) => rect.left > center) : rects.findLast((rect) => rect.right < center);
  if (!target) return currentCoordinates;
  return { x: currentCoordinates.x + target.left + target.width / 2 - center, y: currentCoordinates.y };
};

const screenReaderInstructions = {
  draggable:
    'To move this lead to another stage, press space or enter, use the left and right arrow keys to pick the stage, then press space or enter again. Press escape to cancel. The “Move to” button next to each lead does the same.',
};

/**
 * The kanban. A move shows at once (optimistic) and is saved by the change-lead-stage action, which also
 * records it on the lead's timeline; the action refreshes the page, whose new board replaces the optimistic
 * one. When saving fails, the optimistic state simply ends, which puts the card back, and a toast says why.
 */
export function PipelineBoard({ orgSlug, board, filterParams, canMove }: PipelineBoardProps) {
  const [optimisticBoard, applyMove] = useOptimistic(board, moveCard);
  const [, startTransition] = useTransition();
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A short press before a touch drag, so a swipe still scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const targets: MoveTarget[] = optimisticBoard.columns.filter((column) => column.stage).map((column) => ({ key: columnKey(column), name: columnName(column) }));
  targets.push({ key: NO_STAGE, name: 'No stage' });
  const nameOf = (key: string | number) => targets.find((target) => target.key === key)?.name ?? 'a stage';
  const cardName = (id: string | number) => optimisticBoard.columns.flatMap((column) => column.leads).find((card) => card.id === id)?.name ?? 'The lead';

  function move(leadId: string, toKey: string) {
    startTransition(async () => {
      applyMove({ leadId, toKey });
      try {
        const result = await changeLeadStageAction({ orgSlug, leadId, stageId: toKey === NO_STAGE ? null : toKey });
        if (!result?.data) toast.error(`Could not move ${cardName(leadId)}: ${actionErrorMessage(result ?? {})}`);
      } catch {
        toast.error(`Could not move ${cardName(leadId)}. Check your connection and try again.`);
      }
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragged(null);
    if (over && over.id !== active.data.current?.from) move(String(active.id), String(over.id));
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${cardName(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${cardName(active.id)} is over ${nameOf(over.id)}.` : `${cardName(active.id)} is not over a stage.`),
    onDragEnd: ({ active, over }) =>
      over && over.id !== active.data.current?.from ? `${cardName(active.id)} moved to ${nameOf(over.id)}.` : `${cardName(active.id)} was not moved.`,
    onDragCancel: ({ active }) => `Moving ${cardName(active.id)} was cancelled.`,
  };

  const listHref = (stageId: string) => `/app/${orgSlug}/leads?${new URLSearchParams({ ...filterParams, stageId })}`;

  return (
    <DndContext
      // A fixed id keeps dnd-kit's accessibility ids the same on the server and in the browser.
      id="pipeline-board"
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={({ active }) => setDragged(optimisticBoard.columns.flatMap((column) => column.leads).find((card) => card.id === active.id) ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      <div className="flex gap-3 overflow-x-auto pb-2">
        {optimisticBoard.columns.map((column) => (
          <BoardColumn
            key={columnKey(column)}
            column={column}
            leadHref={(leadId) => `/app/${orgSlug}/leads/${leadId}`}
            moreHref={column.stage ? listHref(column.stage.id) : null}
            targets={targets}
            canMove={canMove}
            onMove={move}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className="flex w-68 rotate-1 rounded-md border bg-card p-2 shadow-lg">
            <BoardCardBody card={dragged} dragging />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
