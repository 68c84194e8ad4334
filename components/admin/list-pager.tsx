import Link from 'next/link';
import { Button } from '@/components/ui/button';

type ListPagerProps = {
  path: string;
  /** Search params to keep across pages (the active filter). */
  params: Record<string, string | undefined>;
  nextCursor: string | null;
  /** Whether this page is past the first one (a cursor is in the URL). */
  isPaged: boolean;
};

function hrefWith(path: string, params: Record<string, string | undefined>) {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** Keyset paging only moves forward; "Newest" returns to the first page with the same filter. */
export function ListPager({ path, params, nextCursor, isPaged }: ListPagerProps) {
  if (!nextCursor && !isPaged) return null;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-2">
      {isPaged ? (
        <Button asChild variant="ghost" size="sm">
          <Link href={hrefWith(path, params)}>← Newest</Link>
        </Button>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <Button asChild variant="outline" size="sm">
          <Link href={hrefWith(path, { ...params, cursor: nextCursor })}>Older →</Link>
        </Button>
      ) : null}
    </nav>
  );
}
