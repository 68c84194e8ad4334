import { ChevronLeft, ChevronRight } from 'lucide-react';
import Link from 'next/link';
import { pageLinks } from '@/lib/blog/pagination';
import { cn } from '@/lib/utils';

type PageNumbersProps = {
  page: number;
  pageCount: number;
  /** The address of page n (page 1 is usually the listing itself). */
  hrefFor: (page: number) => string;
  className?: string;
};

const itemClass = 'inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded-md px-3 text-sm font-medium';

/** Numbered pagination: previous, first/last and nearby pages, next. Plain links, so it works without JS. */
export function PageNumbers({ page, pageCount, hrefFor, className }: PageNumbersProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className={cn('flex flex-wrap items-center justify-center gap-1', className)}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={cn(itemClass, 'hover:bg-accent')}>
          <ChevronLeft className="size-4" aria-hidden />
          Previous
        </Link>
      ) : null}
      <ol className="flex flex-wrap items-center gap-1">
        {pageLinks(page, pageCount).map((link) =>
          'gap' in link ? (
            <li key={link.key} aria-hidden className="px-1 text-muted-foreground">
              …
            </li>
          ) : (
            <li key={link.page}>
              {link.page === page ? (
                <span aria-current="page" className={cn(itemClass, 'border bg-primary text-primary-foreground')}>
                  <span className="sr-only">Page </span>
                  {link.page}
                </span>
              ) : (
                <Link href={hrefFor(link.page)} className={cn(itemClass, 'border hover:bg-accent')}>
                  <span className="sr-only">Page </span>
                  {link.page}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={cn(itemClass, 'hover:bg-accent')}>
          Next
          <ChevronRight className="size-4" aria-hidden />
        </Link>
      ) : null}
    </nav>
  );
}
