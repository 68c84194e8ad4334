import Link from 'next/link';
import { formatDate } from '@/components/settings/format';
import { Badge } from '@/components/ui/badge';
import type { LeadListColumn } from '@/lib/leads/columns';
import { formatMoney } from './lead-format';
import type { LeadRow } from './lead-list-types';

const MAX_TAGS = 3;

function Muted() {
  return (
    <span className="text-muted-foreground" aria-label="None">
      —
    </span>
  );
}

const text = (value: string | null) => (value ? <span className="block max-w-56 truncate" title={value}>{value}</span> : <Muted />);

type LeadCellProps = { column: LeadListColumn; lead: LeadRow; href: string; stageName?: string; ownerName?: string };

/** One cell of the lead table. The name is the row's link (its accessible name is the lead's). */
export function LeadCell({ column, lead, href, stageName, ownerName }: LeadCellProps) {
  switch (column) {
    case 'name':
      return (
        <Link href={href} className="block max-w-64 truncate font-medium hover:underline focus-visible:underline focus-visible:outline-none" title={lead.name}>
          {lead.name}
        </Link>
      );
    case 'email':
    case 'company':
    case 'phone':
    case 'title':
    case 'source':
      return text(lead[column]);
    case 'stage':
      return lead.stageId ? <Badge variant="outline">{stageName ?? 'Unknown stage'}</Badge> : <Muted />;
    case 'owner':
      return lead.ownerId ? text(ownerName ?? 'Former member') : <span className="text-muted-foreground">Unassigned</span>;
    case 'tags':
      return lead.tags.length ? (
        <span className="flex flex-wrap gap-1">
          {lead.tags.slice(0, MAX_TAGS).map((tag) => (
            <Badge key={tag} variant="secondary">
              {tag}
            </Badge>
          ))}
          {lead.tags.length > MAX_TAGS ? <span className="text-xs text-muted-foreground">+{lead.tags.length - MAX_TAGS}</span> : null}
        </span>
      ) : (
        <Muted />
      );
    case 'score':
      return <span className="tabular-nums">{lead.score}</span>;
    case 'value':
      return lead.valueCents === null ? <Muted /> : <span className="tabular-nums">{formatMoney(lead.valueCents, lead.currency)}</span>;
    case 'createdAt':
      return <time dateTime={lead.createdAt.toISOString()}>{formatDate(lead.createdAt)}</time>;
    case 'lastActivityAt':
      return lead.lastActivityAt ? <time dateTime={lead.lastActivityAt.toISOString()}>{formatDate(lead.lastActivityAt)}</time> : <Muted />;
  }
}

export const NUMERIC_COLUMNS: ReadonlySet<LeadListColumn> = new Set(['score', 'value']);
