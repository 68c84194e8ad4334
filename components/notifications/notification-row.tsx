'use client';

import { cn } from '@/lib/utils';
import type { NotificationItem } from './notification-api';
import { NotificationTime } from './notification-time';

/**
 * One notification as a button: opening it marks it read and follows its link. The unread state is in
 * the accessible name too, not only in the dot.
 */
export function NotificationRow({ item, onOpen, renderedAt, compact = false }: { item: NotificationItem; onOpen: (item: NotificationItem) => void; renderedAt?: string; compact?: boolean }) {
  const unread = item.readAt === null;
  return (
    <button
      type="button"
      onClick={() => onOpen(item)}
      className={cn(
        'grid w-full grid-cols-[0.5rem_minmax(0,1fr)] gap-x-3 rounded-md px-2 py-2 text-left outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50',
        compact ? 'text-sm' : 'px-3 py-3',
      )}
    >
      <span aria-hidden className={cn('mt-1.5 size-2 rounded-full', unread ? 'bg-primary' : 'bg-transparent')} />
      <span className="grid min-w-0 gap-0.5">
        <span className={cn('truncate', unread ? 'font-medium' : 'text-muted-foreground')}>
          {unread ? <span className="sr-only">Unread: </span> : null}
          {item.title}
        </span>
        {item.body ? <span className={cn('text-muted-foreground', compact ? 'line-clamp-2 text-xs' : 'text-sm')}>{item.body}</span> : null}
        <NotificationTime value={item.createdAt} renderedAt={renderedAt} />
      </span>
    </button>
  );
}
