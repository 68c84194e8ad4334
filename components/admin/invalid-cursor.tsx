import Link from 'next/link';
import { Button } from '@/components/ui/button';

/** Shown instead of a list when the page's cursor is malformed (a hand-edited or truncated link). */
export function InvalidCursor({ href }: { href: string }) {
  return (
    <div role="alert" className="rounded-lg border border-destructive/40 p-6 text-sm">
      <p className="font-medium">This page link is not valid.</p>
      <p className="mt-1 text-muted-foreground">The pagination cursor in the address could not be read.</p>
      <Button asChild variant="outline" size="sm" className="mt-4">
        <Link href={href}>Go to the newest entries</Link>
      </Button>
    </div>
  );
}
