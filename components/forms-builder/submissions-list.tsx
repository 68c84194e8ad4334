'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { Inbox } from 'lucide-react';
import Link from 'next/link';
import { EmptyState } from '@/components/admin/empty-state';
import { formatDateTime } from '@/components/settings/format';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { Attribution } from '@/db/schema/values';
import { listFormSubmissionsAction } from '@/lib/actions/forms/list-form-submissions';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';

export type SubmissionRow = {
  id: string;
  leadId: string;
  leadName: string;
  leadEmail: string | null;
  createdLead: boolean;
  attribution: Attribution;
  createdAt: string;
};
export type SubmissionsPage = { items: SubmissionRow[]; nextCursor: string | null };

type Props = { orgSlug: string; orgId: string; formId: string; initialPage: SubmissionsPage };

const dash = <span className="text-muted-foreground">—</span>;

/** A form's submissions, newest first: the first page comes with the page, older ones on "Load more". */
export function SubmissionsList({ orgSlug, orgId, formId, initialPage }: Props) {
  const query = useInfiniteQuery({
    queryKey: ['org', orgId, 'forms', formId, 'submissions'],
    queryFn: async ({ pageParam }): Promise<SubmissionsPage> => {
      const result = await listFormSubmissionsAction({ orgSlug, formId, cursor: pageParam ?? undefined });
      if (!result?.data) throw new Error(result?.serverError ?? 'Submissions could not be loaded.');
      return result.data;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
  });
  const rows = query.data.pages.flatMap((page) => page.items);

  if (rows.length === 0) {
    return <EmptyState icon={<Inbox />} title="No submissions yet" description="Share the form (see the Share tab); every accepted submission shows up here." />;
  }
  return (
    <div className="grid gap-4">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Lead</TableHead>
            <TableHead scope="col">Received</TableHead>
            <TableHead scope="col">UTM source</TableHead>
            <TableHead scope="col">UTM campaign</TableHead>
            <TableHead scope="col">Landing page</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell>
                <div className="grid gap-0.5">
                  <span className="flex items-center gap-2">
                    <Link href={`/app/${orgSlug}/leads/${row.leadId}`} className="font-medium underline-offset-4 hover:underline">
                      {row.leadName}
                    </Link>
                    <Badge variant={row.createdLead ? 'secondary' : 'outline'}>{row.createdLead ? 'New lead' : 'Existing lead'}</Badge>
                  </span>
                  {row.leadEmail ? <span className="text-xs text-muted-foreground">{row.leadEmail}</span> : null}
                </div>
              </TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">
                <time dateTime={row.createdAt}>{formatDateTime(row.createdAt)}</time>
              </TableCell>
              <TableCell>{row.attribution.utm?.source ?? dash}</TableCell>
              <TableCell>{row.attribution.utm?.campaign ?? dash}</TableCell>
              <TableCell className="max-w-64 truncate" title={row.attribution.landingPage}>
                {row.attribution.landingPage ?? dash}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <LoadMoreFooter
        error={query.isError ? query.error : null}
        onRetry={() => void query.fetchNextPage()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </div>
  );
}
