import Link from 'next/link';
import { Button } from '@/components/ui/button';

/** Shown instead of rows when the page's cursor cannot be used (an old link, another sort, a hand edit). */
export function OutdatedPageLink({ href }: { href: string }) {
  return (
    <div role="alert" className="rounded-lg border border-dashed p-8 text-center">
      <p className="font-medium">This page link is out of date</p>
      <p className="mt-1 text-sm text-muted-foreground">The list has changed since the link was made. Your filters are kept.</p>
      <Button asChild variant="outline" size="sm" className="mt-4">
        <Link href={href}>Go to the first page</Link>
      </Button>
    </div>
  );
}
