'use client';

import { useDroppable } from '@dnd-kit/core';
import Link from 'next/link';
import { formatCount, formatMoney } from '@/components/leads/lead-format';
import { Badge } from '@/components/ui/badge';
import type { BoardColumn as BoardColumnData } from '@/lib/leads/board';
import { cn } from '@/lib/utils';
import { BoardCard, type MoveTarget } from './board-card';
import { columnKey, columnName } from './board-state';

type ColumnProps = {
  column: BoardColumnData;
  leadHref: (leadId: string) => string;
  /** The list filtered by this column's stage, for the cards the board leaves out; none for "No stage". */
  moreHref: string | null;
  targets: MoveTarget[];
  canMove: boolean;
  onMove: (leadId: string, toKey: string) => void;
};

/** One stage: its name, how many leads match and what they are worth (per currency), and its best cards. */
export function BoardColumn({ column, leadHref, moreHref, targets, canMove, onMove }: ColumnProps) {
  const key = columnKey(column);
  const name = columnName(column);
  const { setNodeRef, isOver } = useDroppable({ id: key, data: { name } });
  const hidden = column.count - column.leads.length;
  const isWon = column.stage?.isWon ?? false;
  const isLost = column.stage?.isLost ?? false;

  return (
    <section
      ref={setNodeRef}
      aria-label={name}
      data-stage-key={key}
      className={cn(
        'flex max-h-[calc(100dvh-14rem)] min-h-64 w-72 shrink-0 flex-col rounded-lg border border-t-4 bg-muted/40 transition-shadow',
        isWon ? 'border-t-emerald-500' : isLost ? 'border-t-rose-500' : 'border-t-transparent',
        isOver && 'ring-2 ring-primary',
      )}
    >
      <header className="grid gap-1 px-3 pt-2 pb-2">
        <div className="flex items-center gap-2">
          <h2 className={cn('truncate text-sm font-semibold', isLost && 'text-muted-foreground')}>{name}</h2>
          {/* The flag, unless the stage's name already says it. */}
          {isWon && name.toLowerCase() !== 'won' ? <Badge className="bg-emerald-600 text-white">Won</Badge> : null}
          {isLost && name.toLowerCase() !== 'lost' ? <Badge variant="outline">Lost</Badge> : null}
          <span className="ml-auto text-sm tabular-nums text-muted-foreground" aria-label={`${formatCount(column.count)} ${column.count === 1 ? 'lead' : 'leads'}`}>
            {formatCount(column.count)}
          </span>
        </div>
        <p className="truncate text-xs tabular-nums text-muted-foreground">
          {column.totals.length > 0 ? column.totals.map((total) => formatMoney(total.valueCents, total.currency)).join(' · ') : 'No value'}
        </p>
      </header>
      {column.leads.length > 0 ? (
        <ol className="grid content-start gap-2 overflow-y-auto px-2 pb-2" aria-label={`Leads in ${name}`}>
          {column.leads.map((card) => (
            <BoardCard key={card.id} card={card} href={leadHref(card.id)} columnKey={key} targets={targets} canMove={canMove} onMove={onMove} />
          ))}
        </ol>
      ) : (
        <p className="mx-2 mb-2 rounded-md border border-dashed p-4 text-center text-xs text-muted-foreground">No leads</p>
      )}
      {hidden > 0 ? (
        <div className="border-t px-3 py-2 text-xs">
          {moreHref ? (
            <Link href={moreHref} className="font-medium text-primary hover:underline">
              +{formatCount(hidden)} more
            </Link>
          ) : (
            <span className="text-muted-foreground">+{formatCount(hidden)} more, lowest scores not shown</span>
          )}
        </div>
      ) : null}
    </section>
  );
}
