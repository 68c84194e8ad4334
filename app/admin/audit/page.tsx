import { ScrollText } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { DateTime } from '@/components/admin/date-time';
import { FilteredEmptyState } from '@/components/admin/filtered-empty-state';
import { InvalidCursor } from '@/components/admin/invalid-cursor';
import { ListFilter } from '@/components/admin/list-filter';
import { ListPager } from '@/components/admin/list-pager';
import { PageHeader } from '@/components/admin/page-header';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db';
import { listAllAudit, listAuditActionNames } from '@/lib/admin/list-all-audit';
import { isAppError } from '@/lib/errors';
import { requireStaffViewer } from '../require-staff';
import { firstParam, type SearchParams } from '../search-params';

export const metadata: Metadata = { title: 'Audit log' };

const PATH = '/admin/audit';

function formatMetadata(metadata: Record<string, unknown>) {
  return Object.keys(metadata).length ? JSON.stringify(metadata) : null;
}

export default async function AdminAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const action = firstParam(params.action)?.slice(0, 100);
  const cursor = firstParam(params.cursor);
  const viewer = await requireStaffViewer(PATH);
  const db = getDb();

  const [page, actionNames] = await Promise.all([
    listAllAudit(db, viewer, { action, cursor }).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'bad_request') return null;
      throw error;
    }),
    listAuditActionNames(db),
  ]);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every workspace’s audit entries, newest first. Your viewing of this log is itself recorded."
      />
      <ListFilter path={PATH} name="action" label="Action" value={action} placeholder="e.g. member.removed" suggestions={actionNames} />
      {!page ? (
        <InvalidCursor href={action ? `${PATH}?${new URLSearchParams({ action })}` : PATH} />
      ) : page.items.length === 0 ? (
        <FilteredEmptyState
          icon={<ScrollText aria-hidden />}
          filtered={Boolean(action)}
          title={action ? 'No entries for this action' : 'No audit entries yet'}
          description={action ? `Nothing has been recorded with the action “${action}”.` : 'Entries appear as people sign in and change workspaces.'}
          showAllHref={PATH}
          showAllLabel="Show all actions"
        />
      ) : (
        <>
          <div className="rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Time</TableHead>
                  <TableHead>Workspace</TableHead>
                  <TableHead>Actor</TableHead>
                  <TableHead>Action</TableHead>
                  <TableHead>Target</TableHead>
                  <TableHead>Metadata</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.items.map((item) => {
                  const metadataText = formatMetadata(item.metadata);
                  return (
                    <TableRow key={item.id}>
                      <TableCell>
                        <DateTime value={item.createdAt} />
                      </TableCell>
                      <TableCell>{item.orgName ?? <span className="text-muted-foreground">—</span>}</TableCell>
                      <TableCell>
                        <div className="flex items-center gap-2">
                          <Badge variant={item.actorType === 'staff' ? 'default' : 'secondary'}>{item.actorType.replace('_', ' ')}</Badge>
                          <span className="truncate">{item.actorEmail ?? item.actorApiKeyId ?? ''}</span>
                        </div>
                      </TableCell>
                      <TableCell>
                        <Link href={`${PATH}?${new URLSearchParams({ action: item.action })}`} className="font-mono text-xs underline-offset-4 hover:underline">
                          {item.action}
                        </Link>
                      </TableCell>
                      <TableCell className="font-mono text-xs">
                        {item.targetType ? `${item.targetType}${item.targetId ? `:${item.targetId}` : ''}` : '—'}
                      </TableCell>
                      <TableCell className="max-w-xs">
                        {metadataText ? (
                          <code className="block truncate text-xs" title={metadataText}>
                            {metadataText}
                          </code>
                        ) : (
                          <span className="text-muted-foreground">—</span>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          <ListPager path={PATH} params={{ action }} nextCursor={page.nextCursor} isPaged={Boolean(cursor)} />
        </>
      )}
    </>
  );
}
