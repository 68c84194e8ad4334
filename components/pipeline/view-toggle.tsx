import { Columns3, List } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

/** The page's search params as a query string, for links that carry the current filter elsewhere. */
export function toQueryString(searchParams: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

/**
 * "List" and "Board" links that carry the current query string, so the filter survives the switch. A list
 * page cursor means nothing on the board (and is stale on return), so it is dropped. Rendered on the
 * server: filter changes re-render the page, so the links always carry the current filter.
 */
export function ViewToggle({ orgSlug, current, searchParams }: { orgSlug: string; current: 'list' | 'board'; searchParams: Record<string, string | string[] | undefined> }) {
  const params = toQueryString(searchParams);
  params.delete('cursor');
  const query = params.toString();
  const href = (path: string) => `/app/${orgSlug}/${path}${query ? `?${query}` : ''}`;
  const item = (view: 'list' | 'board', label: string, icon: ReactNode) => (
    <Link
      href={href(view === 'list' ? 'leads' : 'pipeline')}
      aria-current={current === view ? 'page' : undefined}
      className={cn(
        'inline-flex h-7 items-center gap-1.5 rounded-md px-2.5 text-sm text-muted-foreground transition-colors hover:text-foreground [&_svg]:size-4',
        current === view && 'bg-background font-medium text-foreground shadow-sm',
      )}
    >
      {icon}
      {label}
    </Link>
  );
  return (
    <nav aria-label="Lead views" className="inline-flex items-center rounded-lg bg-muted p-[3px]">
      {item('list', 'List', <List aria-hidden />)}
      {item('board', 'Board', <Columns3 aria-hidden />)}
    </nav>
  );
}
