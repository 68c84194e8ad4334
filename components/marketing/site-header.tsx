import Link from 'next/link';
import { BeaconLogo } from '@/components/beacon-logo';
import { MobileNav } from '@/components/marketing/mobile-nav';
import { MAIN_NAV } from '@/components/marketing/nav-items';
import { ThemeToggle } from '@/components/theme-toggle';
import { Button } from '@/components/ui/button';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/80 backdrop-blur">
      {/* First focusable element: keyboard users can jump past the navigation straight to the page. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:text-sm focus:shadow"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
        <BeaconLogo />
        <nav aria-label="Main" className="hidden items-center gap-4 text-sm text-muted-foreground sm:flex">
          {MAIN_NAV.map((item) => (
            <Link key={item.href} href={item.href} className="rounded-sm hover:text-foreground">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <ThemeToggle />
          <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
            <Link href="/sign-in">Sign in</Link>
          </Button>
          <Button asChild size="sm" className="hidden sm:inline-flex">
            <Link href="/sign-up">Get started</Link>
          </Button>
          <MobileNav />
        </div>
      </div>
    </header>
  );
}
