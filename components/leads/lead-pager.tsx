import { ChevronRight, ChevronsLeft } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';

type LeadPagerProps = { firstPageHref: string | null; nextPageHref: string | null; summary: string };

/** Keyset pages only go forward; "First page" returns to the start with the same filters. */
export function LeadPager({ firstPageHref, nextPageHref, summary }: LeadPagerProps) {
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-muted-foreground">{summary}</p>
      <div className="flex items-center gap-2">
        {firstPageHref ? (
          <Button asChild variant="ghost" size="sm">
            <Link href={firstPageHref}>
              <ChevronsLeft aria-hidden />
              First page
            </Link>
          </Button>
        ) : null}
        {nextPageHref ? (
          <Button asChild variant="outline" size="sm">
            <Link href={nextPageHref}>
              Next page
              <ChevronRight aria-hidden />
            </Link>
          </Button>
        ) : null}
      </div>
    </nav>
  );
}
