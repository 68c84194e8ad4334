'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils';

/** The two marketing pages as tab-styled links (each is its own URL). */
export function MarketingTabs({ orgSlug }: { orgSlug: string }) {
  const pathname = usePathname();
  const base = `/app/${orgSlug}/marketing`;
  const tabs = [
    { href: base, label: 'Strategy' },
    { href: `${base}/content`, label: 'Content' },
  ];
  return (
    <nav aria-label="Marketing" className="flex gap-1 overflow-x-auto border-b">
      {tabs.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              '-mb-px whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm text-muted-foreground transition-colors hover:text-foreground',
              active && 'border-primary font-medium text-foreground',
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
