import Link from 'next/link';
import type { InsightTabStatus } from '@/lib/insights/schemas';
import { cn } from '@/lib/utils';
import { STATUS_TABS } from './insight-format';

/** Open / Acted / Dismissed as tab-styled links with counts: each tab is its own URL (`?status=`). */
export function InsightTabs({ orgSlug, current, counts }: { orgSlug: string; current: InsightTabStatus; counts: Record<InsightTabStatus, number> }) {
  return (
    <nav aria-label="Insight status" className="flex gap-1 overflow-x-auto border-b">
      {STATUS_TABS.map((tab) => (
        <Link
          key={tab.status}
          href={tab.status === 'open' ? `/app/${orgSlug}/insights` : `/app/${orgSlug}/insights?status=${tab.status}`}
          aria-current={current === tab.status ? 'page' : undefined}
          className={cn(
            '-mb-px flex items-center gap-2 border-b-2 border-transparent px-3 py-2 text-sm whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground',
            current === tab.status && 'border-primary font-medium text-foreground',
          )}
        >
          {tab.label}
          <span className="rounded-full bg-muted px-2 py-0.5 text-xs tabular-nums text-muted-foreground">{counts[tab.status]}</span>
        </Link>
      ))}
    </nav>
  );
}
