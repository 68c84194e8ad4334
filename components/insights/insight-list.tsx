'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, type ReactNode } from 'react';
import { listInsightsAction } from '@/lib/actions/insights/list-insights';
import type { InsightCardsPage } from '@/lib/insights/insight-cards';
import type { InsightTabStatus } from '@/lib/insights/schemas';
import { InsightCard, type DecisionKind } from './insight-card';
import { insightListKey } from './insight-format';
import { useInsightDecisions } from './use-insight-decisions';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';

type InsightListProps = {
  orgSlug: string;
  orgId: string;
  status: InsightTabStatus;
  initialPage: InsightCardsPage;
  renderedAt: string;
  canAct: boolean;
  /** Shown when the tab has nothing (also after its last card was decided). */
  empty: ReactNode;
};

/** One tab's insight cards: the first page comes with the page, older ones on "Load more". */
export function InsightList({ orgSlug, orgId, status, initialPage, renderedAt, canAct, empty }: InsightListProps) {
  const listRef = useRef<HTMLElement>(null);
  const query = useInfiniteQuery({
    queryKey: insightListKey(orgId, status),
    queryFn: async ({ pageParam }): Promise<InsightCardsPage> => {
      const result = await listInsightsAction({ orgSlug, status, cursor: pageParam ?? undefined });
      if (!result?.data) throw new Error(result?.serverError ?? 'Insights could not be loaded.');
      return result.data;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
  });
  // The decided card's buttons disappear with it; focus goes to the list rather than to the page's start.
  const decisions = useInsightDecisions({ orgSlug, orgId, status, onRemoved: () => listRef.current?.focus() });
  const cards = query.data.pages.flatMap((page) => page.items);
  const onDecide = (kind: DecisionKind, insightId: string) => decisions[kind](insightId);

  return (
    <section ref={listRef} tabIndex={-1} className="grid gap-4 outline-none" aria-label="Insights" aria-busy={query.isFetchingNextPage}>
      <p role="status" aria-live="polite" className="sr-only">
        {decisions.message}
      </p>
      {cards.length === 0 ? (
        empty
      ) : (
        <ul className="grid gap-4">
          {cards.map((card) => (
            <InsightCard key={card.id} card={card} orgSlug={orgSlug} renderedAt={renderedAt} canAct={canAct} pending={decisions.pending} onDecide={onDecide} />
          ))}
        </ul>
      )}
      <LoadMoreFooter
        error={query.isError ? query.error : null}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </section>
  );
}
