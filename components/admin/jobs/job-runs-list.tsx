'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { ListChecks } from 'lucide-react';
import Link from 'next/link';
import { DateTime } from '@/components/admin/date-time';
import { FilteredEmptyState } from '@/components/admin/filtered-empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { listJobRunsAction } from '@/lib/actions/admin/list-job-runs';
import type { JobRunsFilters } from '@/lib/jobs/job-runs-search-params';
import type { JobRunRow } from '@/lib/jobs/list-runs';
import { firstLine, runDuration } from './format';
import { InngestRetryNote } from './inngest-retry-note';
import { JobRunStatusBadge } from './job-run-status-badge';
import { JOB_RUNS_QUERY_KEY, loadAgain } from './job-runs-query';
import { RetryRunButton } from './retry-run-button';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';

export type JobRunsPage = { items: JobRunRow[]; nextCursor: string | null };

type Props = {
  path: string;
  filters: JobRunsFilters;
  initialPage: JobRunsPage;
  /** False under the Inngest driver: failed runs are retried from Inngest's dashboard, not queued here. */
  canRetry: boolean;
};

const dash = <span className="text-muted-foreground">—</span>;

/** Job runs, newest first: the first page comes with the page, older ones on "Load more". */
export function JobRunsList({ path, filters, initialPage, canRetry }: Props) {
  const query = useInfiniteQuery({
    queryKey: [...JOB_RUNS_QUERY_KEY, filters],
    queryFn: async ({ pageParam }): Promise<JobRunsPage> => {
      const result = await listJobRunsAction({ ...filters, cursor: pageParam ?? undefined });
      if (!result?.data) throw new Error(result?.serverError ?? 'Job runs could not be loaded.');
      return result.data;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
  });
  const rows = query.data.pages.flatMap((page) => page.items);
  const isFiltered = Object.values(filters).some(Boolean);

  if (rows.length === 0) {
    return (
      <FilteredEmptyState
        icon={<ListChecks aria-hidden />}
        filtered={isFiltered}
        title={isFiltered ? 'No runs match these filters' : 'No job runs yet'}
        description={isFiltered ? 'Try another job, status or workspace.' : 'Runs appear here as scheduled jobs fire and events (a new lead, a scan) start jobs.'}
        showAllHref={path}
        showAllLabel="Show all runs"
      />
    );
  }
  return (
    <div className="grid gap-4">
      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Job</TableHead>
              <TableHead scope="col">Workspace</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col">Attempts</TableHead>
              <TableHead scope="col">Created</TableHead>
              <TableHead scope="col">Duration</TableHead>
              <TableHead scope="col">Error</TableHead>
              <TableHead scope="col">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((run) => (
              <TableRow key={run.id}>
                <TableCell>
                  <Link href={`${path}/${run.id}`} className="font-mono text-xs font-medium underline-offset-4 hover:underline">
                    {run.jobId}
                  </Link>
                  <div className="text-xs text-muted-foreground">{run.eventName ?? run.trigger}</div>
                </TableCell>
                <TableCell className="max-w-40 truncate">
                  {run.orgSlug ? (
                    <Link href={`${path}?${new URLSearchParams({ org: run.orgSlug })}`} className="underline-offset-4 hover:underline" title={`Runs of ${run.orgName}`}>
                      {run.orgName}
                    </Link>
                  ) : (
                    dash
                  )}
                </TableCell>
                <TableCell>
                  <JobRunStatusBadge status={run.status} />
                </TableCell>
                <TableCell className="tabular-nums">
                  {run.attempts}/{run.maxAttempts}
                </TableCell>
                <TableCell>
                  <DateTime value={new Date(run.createdAt)} />
                </TableCell>
                <TableCell className="whitespace-nowrap tabular-nums">{runDuration(run.startedAt, run.finishedAt) ?? dash}</TableCell>
                <TableCell className="max-w-xs">
                  {run.error ? (
                    <span className="block truncate text-destructive" title={firstLine(run.error)}>
                      {firstLine(run.error)}
                    </span>
                  ) : (
                    dash
                  )}
                </TableCell>
                <TableCell className="text-right">
                  {run.status !== 'failed' ? null : canRetry ? <RetryRunButton runId={run.id} jobId={run.jobId} /> : <InngestRetryNote />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <p aria-live="polite" className="sr-only">
        {`Showing ${rows.length} ${rows.length === 1 ? 'run' : 'runs'}${query.hasNextPage ? '; more can be loaded' : ''}.`}
      </p>
      <LoadMoreFooter
        error={query.isError ? query.error : null}
        onRetry={() => void loadAgain(query)}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </div>
  );
}
