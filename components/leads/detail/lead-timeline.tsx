'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { EmptyState } from '@/components/admin/empty-state';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { timelineKey, useLeadPage } from './lead-page-context';
import { TimelineEntry, type TimelineActivity } from './timeline-entry';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';

export type TimelinePage = { items: TimelineActivity[]; nextCursor: string | null };

async function fetchPage(orgSlug: string, leadId: string, cursor: string | null): Promise<TimelinePage> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
  const response = await fetch(`/api/orgs/${orgSlug}/leads/${leadId}/activities${query}`, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new Error(problem?.detail ?? 'The timeline could not be loaded.');
  }
  return response.json();
}

/** The lead's history, newest first; the first page comes with the page, older ones on demand. */
export function LeadTimeline({ initialPage }: { initialPage: TimelinePage }) {
  const { orgSlug, orgId, leadId, renderedAt } = useLeadPage();
  const query = useInfiniteQuery({
    queryKey: timelineKey(orgId, leadId),
    queryFn: ({ pageParam }) => fetchPage(orgSlug, leadId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
  });
  const items = query.data.pages.flatMap((page) => page.items);

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Timeline</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {items.length === 0 ? (
          <EmptyState icon={<History />} title="Nothing yet" description="Notes, calls, meetings, emails and stage changes will appear here." />
        ) : (
          <ol aria-label="Timeline" className="relative before:absolute before:top-2 before:bottom-2 before:left-4 before:w-px before:bg-border">
            {items.map((activity) => (
              <TimelineEntry key={activity.id} activity={activity} renderedAt={renderedAt} />
            ))}
          </ol>
        )}
        <LoadMoreFooter
          error={query.isError ? query.error : null}
          onRetry={() => void query.refetch()}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()} loadMoreLabel="Load older"
        />
      </CardContent>
    </Card>
  );
}
