'use client';

import { useDraggable } from '@dnd-kit/core';
import { ArrowRightLeft, GripVertical } from 'lucide-react';
import Link from 'next/link';
import { formatMoney } from '@/components/leads/lead-format';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import type { BoardCard as BoardCardData } from '@/lib/leads/board';
import { cn } from '@/lib/utils';

export type MoveTarget = { key: string; name: string };

type CardProps = {
  card: BoardCardData;
  href: string;
  columnKey: string;
  targets: MoveTarget[];
  canMove: boolean;
  onMove: (leadId: string, toKey: string) => void;
};

/** What a card shows; also the floating copy under the pointer while dragging. */
export function BoardCardBody({ card, href, dragging }: { card: BoardCardData; href?: string; dragging?: boolean }) {
  return (
    <div className={cn('grid min-w-0 flex-1 gap-1', dragging && 'cursor-grabbing')}>
      {href ? (
        <Link href={href} draggable={false} className="truncate text-sm font-medium hover:underline focus-visible:underline focus-visible:outline-none">
          {card.name}
        </Link>
      ) : (
        <span className="truncate text-sm font-medium">{card.name}</span>
      )}
      {card.company ? <span className="truncate text-xs text-muted-foreground">{card.company}</span> : null}
      <span className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
        <span className="tabular-nums" title="Score">
          {card.score} pts
        </span>
        {card.valueCents !== null ? <span className="tabular-nums">{formatMoney(card.valueCents, card.currency)}</span> : null}
        {card.ownerName ? <span className="truncate">{card.ownerName}</span> : null}
      </span>
    </div>
  );
}

/**
 * A lead on the board. The whole card can be dragged with a mouse or a finger; the grip is the keyboard's
 * handle (space/enter, then arrows); "Move to…" does the same without dragging at all.
 */
export function BoardCard({ card, href, columnKey, targets, canMove, onMove }: CardProps) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: card.id,
    data: { name: card.name, from: columnKey },
    disabled: !canMove,
  });
  const others = targets.filter((target) => target.key !== columnKey);

  return (
    <li
      ref={setNodeRef}
      data-lead-id={card.id}
      {...listeners}
      className={cn('flex items-start gap-1 rounded-md border bg-card p-2 shadow-xs', canMove && 'touch-manipulation', isDragging && 'opacity-40')}
    >
      {canMove ? (
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          aria-label={`Drag ${card.name} to another stage`}
          className="mt-0.5 cursor-grab rounded text-muted-foreground hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
        >
          <GripVertical aria-hidden className="size-4" />
        </button>
      ) : null}
      <BoardCardBody card={card} href={href} />
      {canMove && others.length > 0 ? (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="icon" className="size-7 shrink-0" aria-label={`Move ${card.name} to…`}>
              <ArrowRightLeft aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="w-48">
            <DropdownMenuLabel className="text-xs text-muted-foreground">Move to…</DropdownMenuLabel>
            {others.map((target) => (
              <DropdownMenuItem key={target.key} onSelect={() => onMove(card.id, target.key)}>
                {target.name}
              </DropdownMenuItem>
            ))}
          </DropdownMenuContent>
        </DropdownMenu>
      ) : null}
    </li>
  );
}
