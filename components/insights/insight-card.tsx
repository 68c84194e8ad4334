'use client';

import { useId } from 'react';
import { RelativeTime } from '@/components/leads/detail/relative-time';
import { formatDateTime } from '@/components/settings/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { InsightCardData } from '@/lib/insights/insight-cards';
import { RULES } from '@/lib/insights/rule-catalog';
import { CreatedTasks } from './created-tasks';
import { formatConfidence } from './insight-format';
import { InsightEvidence } from './insight-evidence';

export type DecisionKind = 'accept' | 'dismiss' | 'reopen';

type InsightCardProps = {
  card: InsightCardData;
  orgSlug: string;
  renderedAt: string;
  canAct: boolean;
  /** The decision running now, if any: every card waits for it, the one it is about says what it does. */
  pending: { insightId: string | null; kind: DecisionKind } | null;
  onDecide: (kind: DecisionKind, insightId: string) => void;
};

const PENDING_LABELS: Record<DecisionKind, string> = { accept: 'Accepting…', dismiss: 'Dismissing…', reopen: 'Reopening…' };

/**
 * Who accepted it and when, then when it was dismissed. The dismisser is not named: decidedById keeps the
 * accepter so that undoing a dismissal still reads true (the audit log has who dismissed).
 */
function DecisionNote({ card }: { card: InsightCardData }) {
  if (card.status === 'open') return null;
  const accepted = card.actedAt ? (
    <>
      Accepted {card.decidedByName ? `by ${card.decidedByName}` : 'automatically by the scan'} on <time dateTime={card.actedAt}>{formatDateTime(card.actedAt)}</time>
    </>
  ) : null;
  const dismissed = card.status === 'dismissed' && card.dismissedAt ? (
    <>
      {accepted ? '; dismissed' : 'Dismissed'} on <time dateTime={card.dismissedAt}>{formatDateTime(card.dismissedAt)}</time>
    </>
  ) : null;
  if (!accepted && !dismissed) return null;
  return (
    <p className="text-sm text-muted-foreground">
      {accepted}
      {dismissed}.
    </p>
  );
}

/** One finding of the scan: what it saw, how sure it is, its evidence, and what was done about it. */
export function InsightCard({ card, orgSlug, renderedAt, canAct, pending, onDecide }: InsightCardProps) {
  const titleId = useId();
  const rule = RULES[card.rule];
  const button = (kind: DecisionKind, label: string, variant: 'default' | 'outline' | 'ghost') => (
    <Button size="sm" variant={variant} disabled={pending !== null} onClick={() => onDecide(kind, card.id)} aria-describedby={titleId}>
      {pending?.insightId === card.id && pending.kind === kind ? PENDING_LABELS[kind] : label}
    </Button>
  );

  return (
    <li>
      <article aria-labelledby={titleId} className="grid gap-4 rounded-lg border bg-card p-4 text-card-foreground shadow-xs">
        <header className="flex flex-wrap items-start justify-between gap-2">
          <div className="grid gap-1">
            <h2 id={titleId} className="font-medium">
              {rule.label}
            </h2>
            <RelativeTime value={card.createdAt} renderedAt={renderedAt} />
          </div>
          <Badge variant="secondary" title={`The ${rule.label.toLowerCase()} rule is this sure when it fires.`}>
            {formatConfidence(card.confidence)} confidence
          </Badge>
        </header>
        <p>{card.summary}</p>
        <InsightEvidence numbers={card.numbers} items={card.items} />
        {card.status === 'acted' || card.createdTasks.length > 0 ? <CreatedTasks orgSlug={orgSlug} tasks={card.createdTasks} /> : null}
        <footer className="flex flex-wrap items-center justify-between gap-2 border-t pt-3">
          <DecisionNote card={card} />
          {canAct ? (
            <div className="ml-auto flex gap-2">
              {card.status === 'open' ? button('dismiss', 'Dismiss', 'ghost') : null}
              {card.status === 'open' ? button('accept', 'Accept and create tasks', 'default') : null}
              {card.status === 'acted' ? button('dismiss', 'Dismiss', 'outline') : null}
              {card.status === 'dismissed' ? button('reopen', 'Reopen', 'outline') : null}
            </div>
          ) : null}
        </footer>
      </article>
    </li>
  );
}
