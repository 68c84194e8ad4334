'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import type { EvidenceItemView } from '@/lib/insights/insight-cards';
import { formatNumber, numberLabel } from './insight-format';

const SHOWN_AT_FIRST = 8;
const KIND_LABELS = { lead: 'Lead', task: 'Task', stage: 'Stage' } as const;

function EvidenceItem({ item }: { item: EvidenceItemView }) {
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 text-sm">
      <span className="text-xs text-muted-foreground">{KIND_LABELS[item.kind]}</span>
      {item.href ? (
        <Link href={item.href} className="font-medium underline-offset-4 hover:underline">
          {item.label}
        </Link>
      ) : (
        <span className="text-muted-foreground">
          <span className="line-through">{item.label}</span> (deleted)
        </span>
      )}
      {item.detail ? <span className="text-muted-foreground">· {item.detail}</span> : null}
    </li>
  );
}

/** What the insight was decided on: its numbers, and the leads, tasks or stages behind it (long lists folded). */
export function InsightEvidence({ numbers, items }: { numbers: Record<string, number>; items: EvidenceItemView[] }) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const entries = Object.entries(numbers);
  const shown = expanded ? items : items.slice(0, SHOWN_AT_FIRST);
  if (entries.length === 0 && items.length === 0) return null;

  return (
    <div className="grid gap-3">
      {entries.length > 0 ? (
        <dl className="flex flex-wrap gap-x-6 gap-y-2">
          {entries.map(([key, value]) => (
            <div key={key} className="grid">
              <dt className="text-xs text-muted-foreground">{numberLabel(key)}</dt>
              <dd className="font-medium tabular-nums">{formatNumber(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {items.length > 0 ? (
        <div className="grid gap-1">
          <ul id={listId} className="grid gap-1" aria-label="Evidence">
            {shown.map((item) => (
              <EvidenceItem key={`${item.kind}:${item.id}`} item={item} />
            ))}
          </ul>
          {items.length > SHOWN_AT_FIRST ? (
            <button
              type="button"
              className="w-fit text-sm text-muted-foreground underline underline-offset-4 hover:text-foreground"
              aria-expanded={expanded}
              aria-controls={listId}
              onClick={() => setExpanded((value) => !value)}
            >
              {expanded ? 'Show fewer' : `Show all ${items.length}`}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
