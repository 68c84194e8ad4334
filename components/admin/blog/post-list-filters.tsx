import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { BLOG_STATUS_FILTERS } from '@/lib/blog/schemas';
import { cn } from '@/lib/utils';
import { adminBlogHref } from './admin-blog-href';

const LABELS = { all: 'All', draft: 'Drafts', scheduled: 'Scheduled', published: 'Published' } as const;

type PostListFiltersProps = { status: (typeof BLOG_STATUS_FILTERS)[number]; q?: string };

/**
 * Status tabs and a title search, both plain URL changes (linkable, no JavaScript needed). Each keeps the
 * other filter and goes back to page 1.
 */
export function PostListFilters({ status, q }: PostListFiltersProps) {
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
      <nav aria-label="Filter by status">
        <ul className="inline-flex rounded-lg bg-muted p-[3px] text-sm">
          {BLOG_STATUS_FILTERS.map((value) => (
            <li key={value}>
              <Link
                href={adminBlogHref({ status: value, q })}
                aria-current={value === status ? 'page' : undefined}
                className={cn(
                  'inline-flex h-8 items-center rounded-md px-3 font-medium text-muted-foreground hover:text-foreground',
                  value === status && 'bg-background text-foreground shadow-sm',
                )}
              >
                {LABELS[value]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form action="/admin/blog" role="search" className="flex flex-wrap items-end gap-2">
        {status !== 'all' ? <input type="hidden" name="status" value={status} /> : null}
        <div className="grid gap-1.5">
          <Label htmlFor="blog-search">Search titles</Label>
          <Input id="blog-search" name="q" type="search" defaultValue={q} placeholder="e.g. launch" className="w-64" autoComplete="off" />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {q ? (
          <Button asChild variant="ghost">
            <Link href={adminBlogHref({ status })}>Clear</Link>
          </Button>
        ) : null}
      </Form>
    </div>
  );
}
