'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatDateTime } from '@/components/settings/format';
import { formatCount, recentImportsQuery, type ImportListItem, type ImportStatusValue } from './import-api';

const STATUS: Record<ImportStatusValue, { label: string; variant: 'default' | 'secondary' | 'destructive' | 'outline' }> = {
  uploaded: { label: 'Waiting for mapping', variant: 'outline' },
  running: { label: 'Running', variant: 'secondary' },
  completed: { label: 'Completed', variant: 'default' },
  failed: { label: 'Failed', variant: 'destructive' },
};

/** The workspace's last imports, each linking back to its progress or report. */
export function RecentImports({ orgId, orgSlug, initialItems }: { orgId: string; orgSlug: string; initialItems: ImportListItem[] }) {
  const query = useQuery(recentImportsQuery(orgId, orgSlug, initialItems));
  const items = query.data;

  return (
    <section aria-labelledby="recent-imports-heading" className="grid gap-3">
      <h2 id="recent-imports-heading" className="text-lg font-semibold">
        Recent imports
      </h2>
      {query.isError ? (
        <p role="alert" className="text-sm text-destructive">
          {query.error.message}
        </p>
      ) : items.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">No imports yet in this workspace.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>File</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Rows</TableHead>
              <TableHead className="text-right">Created</TableHead>
              <TableHead className="text-right">Updated</TableHead>
              <TableHead className="text-right">Errors</TableHead>
              <TableHead>Uploaded</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell className="max-w-64 truncate">
                  <Link href={`?id=${item.id}`} className="font-medium underline-offset-4 hover:underline">
                    {item.fileName}
                  </Link>
                </TableCell>
                <TableCell>
                  <Badge variant={STATUS[item.status].variant}>{STATUS[item.status].label}</Badge>
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {item.status === 'running' ? `${formatCount(item.processedRows)} / ` : ''}
                  {formatCount(item.totalRows)}
                </TableCell>
                <TableCell className="text-right tabular-nums">{formatCount(item.createdCount)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatCount(item.updatedCount)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatCount(item.errorCount)}</TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
