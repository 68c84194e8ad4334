'use client';

import Link from 'next/link';
import type { MouseEvent } from 'react';
import { cn } from '@/lib/utils';
import { inAppHref, type NotificationItem } from './notification-api';
import { NotificationTime } from './notification-time';

export type OpenNotification = (item: NotificationItem, how: { inNewTab: boolean }) => void;

// Ctrl/⌘/Shift-click and the middle button open the link elsewhere: this page (and the bell) stay as they are.
const opensElsewhere = (event: MouseEvent) => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey;

/**
 * One notification. With an in-app link it is a real link (open in a new tab, copy the address), and
 * clicking it also marks it read; without one it is a button that only marks it read. The unread state is
 * in the accessible name too, not only in the dot.
 */
export function NotificationRow({ item, onOpen, renderedAt, compact = false }: { item: NotificationItem; onOpen: OpenNotification; renderedAt?: string; compact?: boolean }) {
  const unread = item.readAt === null;
  const href = inAppHref(item.href);
  const className = cn(
    'grid w-full grid-cols-[0.5rem_minmax(0,1fr)] gap-x-3 rounded-md px-2 py-2 text-left outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50',
    compact ? 'text-sm' : 'px-3 py-3',
  );
  const content = (
    <>
      <span aria-hidden className={cn('mt-1.5 size-2 rounded-full', unread ? 'bg-primary' : 'bg-transparent')} />
      <span className="grid min-w-0 gap-0.5">
        <span className={cn('truncate', unread ? 'font-medium' : 'text-muted-foreground')}>
          {unread ? <span className="sr-only">Unread: </span> : null}
          {item.title}
        </span>
        {item.body ? <span className={cn('text-muted-foreground', compact ? 'line-clamp-2 text-xs' : 'text-sm')}>{item.body}</span> : null}
        <NotificationTime value={item.createdAt} renderedAt={renderedAt} />
      </span>
    </>
  );

  if (!href) {
    return (
      <button type="button" onClick={() => onOpen(item, { inNewTab: false })} className={className}>
        {content}
      </button>
    );
  }
  return (
    <Link
      href={href}
      className={className}
      onClick={(event) => onOpen(item, { inNewTab: opensElsewhere(event) })}
      onAuxClick={(event) => {
        if (event.button === 1) onOpen(item, { inNewTab: true });
      }}
    >
      {content}
    </Link>
  );
}
