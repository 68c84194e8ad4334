'use client';

import { OfflineBadge } from '@/components/ai/offline-badge';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/components/settings/format';
import type { StrategyVersionView } from '@/lib/ai/strategy/strategy-versions';
import { cn } from '@/lib/utils';

type Props = { versions: StrategyVersionView[]; selectedId: string | null; onSelect: (id: string) => void };

/** Every version, newest first; choosing one shows it (making it active is a separate, explicit step). */
export function StrategyVersionList({ versions, selectedId, onSelect }: Props) {
  return (
    <nav aria-label="Strategy versions" className="grid content-start gap-2">
      <h2 className="text-sm font-semibold">Versions</h2>
      <ul className="grid gap-1">
        {versions.map((version) => (
          <li key={version.id}>
            <button
              type="button"
              onClick={() => onSelect(version.id)}
              aria-current={version.id === selectedId ? 'true' : undefined}
              className={cn(
                'grid w-full gap-1 rounded-md border border-transparent px-3 py-2 text-left text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50',
                version.id === selectedId && 'border-border bg-muted',
              )}
            >
              <span className="flex flex-wrap items-center gap-2 font-medium">
                Version {version.version}
                {version.isActive ? <Badge>Active</Badge> : null}
                <Badge variant="outline">{version.source === 'ai' ? 'AI' : 'Manual'}</Badge>
              </span>
              <span className="text-xs text-muted-foreground">
                {formatDateTime(version.createdAt)}
                {version.createdByName ? ` · ${version.createdByName}` : ''}
              </span>
            </button>
            {version.provider === 'offline' ? <OfflineBadge provider={version.provider} className="ml-3" /> : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
