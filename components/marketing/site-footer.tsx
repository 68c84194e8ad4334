import Link from 'next/link';

type FooterLink = { href: string; label: string; external?: boolean };

// `external` marks routes served by route handlers (feed, health JSON): a plain <a> avoids client-side
// navigation and prefetching of something that is not a page.
const FOOTER_COLUMNS: { title: string; links: FooterLink[] }[] = [
  {
    title: 'Product',
    links: [
      { href: '/pricing', label: 'Pricing' },
      { href: '/blog', label: 'Blog' },
      { href: '/contact', label: 'Contact' },
      { href: '/rss.xml', label: 'RSS feed', external: true },
      { href: '/docs/api', label: 'API docs' },
    ],
  },
  {
    title: 'Self-hosting',
    links: [
      { href: '/#self-host', label: 'Run it yourself' },
      { href: '/api/health', label: 'System status', external: true },
    ],
  },
  {
    title: 'Legal',
    links: [
      { href: '/legal/privacy', label: 'Privacy' },
      { href: '/legal/terms', label: 'Terms' },
    ],
  },
];

const linkClass = 'rounded-sm hover:text-foreground hover:underline underline-offset-4';

export function SiteFooter() {
  return (
    <footer className="border-t">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm text-muted-foreground sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="font-semibold text-foreground">Beacon</p>
          <p className="mt-2 max-w-xs">Beacon is open source under the AGPL-3.0 licence and runs on your own server.</p>
        </div>
        {FOOTER_COLUMNS.map((column) => (
          <nav key={column.title} aria-label={column.title}>
            <h2 className="font-semibold text-foreground">{column.title}</h2>
            <ul className="mt-3 space-y-2">
              {column.links.map((link) => (
                <li key={link.href}>
                  {link.external ? (
                    <a href={link.href} className={linkClass}>
                      {link.label}
                    </a>
                  ) : (
                    <Link href={link.href} className={linkClass}>
                      {link.label}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </div>
    </footer>
  );
}
