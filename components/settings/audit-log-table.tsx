'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatDateTime } from './format';

/** One audit row as the route handler sends it (JSON: dates are ISO strings). */
export type AuditItem = {
  id: string;
  createdAt: string;
  actorType: string;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  metadata: Record<string, unknown>;
};
export type AuditPage = { items: AuditItem[]; nextCursor: string | null };

export const auditQueryKey = (orgId: string) => ['org', orgId, 'audit', 'list'] as const;

async function fetchAuditPage(orgSlug: string, cursor: string | null, signal: AbortSignal): Promise<AuditPage> {
  const query = cursor ? `?${new URLSearchParams({ cursor })}` : '';
  const response = await fetch(`/api/orgs/${encodeURIComponent(orgSlug)}/audit-logs${query}`, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new Error(problem?.detail ?? 'The audit log could not be loaded.');
  }
  return response.json();
}

function summarize(metadata: Record<string, unknown>): string {
  return Object.entries(metadata)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

/** The workspace's audit log; the first page comes from the server, later pages by keyset cursor. */
export function AuditLogTable({ orgId, orgSlug, initialPage }: { orgId: string; orgSlug: string; initialPage: AuditPage }) {
  const query = useInfiniteQuery({
    queryKey: auditQueryKey(orgId),
    queryFn: ({ pageParam, signal }) => fetchAuditPage(orgSlug, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
  });
  const items = query.data.pages.flatMap((page) => page.items);

  if (items.length === 0) {
    return <p className="py-8 text-center text-sm text-muted-foreground">Nothing has been recorded in this workspace yet.</p>;
  }

  return (
    <div className="grid gap-4">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Time</TableHead>
            <TableHead>Actor</TableHead>
            <TableHead>Action</TableHead>
            <TableHead>Target</TableHead>
            <TableHead>Details</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => {
            const details = summarize(item.metadata);
            return (
              <TableRow key={item.id}>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                </TableCell>
                <TableCell>{item.actorEmail ?? <span className="text-muted-foreground">{item.actorType.replace('_', ' ')}</span>}</TableCell>
                <TableCell className="font-mono text-xs">{item.action}</TableCell>
                <TableCell className="text-muted-foreground">
                  {item.targetType ? (
                    <>
                      {item.targetType} <span className="font-mono text-xs" title={item.targetId ?? undefined}>{item.targetId?.slice(0, 8)}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell className="max-w-72 truncate text-muted-foreground" title={details}>
                  {details || '—'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {query.isFetchNextPageError ? (
        <p role="alert" className="text-sm text-destructive">
          {query.error?.message ?? 'The audit log could not be loaded.'}
        </p>
      ) : null}
      {query.hasNextPage ? (
        <Button variant="outline" className="justify-self-center" disabled={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
          {query.isFetchingNextPage ? 'Loading…' : query.isFetchNextPageError ? 'Try again' : 'Load more'}
        </Button>
      ) : (
        <p className="text-center text-xs text-muted-foreground">That is the whole log.</p>
      )}
    </div>
  );
}
