import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="border-t">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted-foreground sm:flex-row sm:items-center sm:justify-between">
        <p>Beacon is open source and self-hostable.</p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/#self-host" className="hover:text-foreground">Run it yourself</Link>
          <a href="/api/health" className="hover:text-foreground">System status</a>
        </nav>
      </div>
    </footer>
  );
}
