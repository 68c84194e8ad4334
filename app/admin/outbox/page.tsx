import { Mail } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { DateTime } from '@/components/admin/date-time';
import { EmailStatusBadge } from '@/components/admin/email-status-badge';
import { FilteredEmptyState } from '@/components/admin/filtered-empty-state';
import { InvalidCursor } from '@/components/admin/invalid-cursor';
import { ListFilter } from '@/components/admin/list-filter';
import { ListPager } from '@/components/admin/list-pager';
import { PageHeader } from '@/components/admin/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db';
import { listOutbox } from '@/lib/admin/outbox';
import { isAppError } from '@/lib/errors';
import { requireStaffViewer } from '../require-staff';
import { firstParam, type SearchParams } from '../search-params';

export const metadata: Metadata = { title: 'Outbox' };

const PATH = '/admin/outbox';

export default async function AdminOutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const to = firstParam(params.to)?.slice(0, 320);
  const cursor = firstParam(params.cursor);
  const viewer = await requireStaffViewer(PATH);

  const page = await listOutbox(getDb(), viewer, { to, cursor }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'bad_request') return null;
    throw error;
  });

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every email Beacon stored or sent, newest first. Without an email provider configured, this is where messages are delivered."
      />
      <ListFilter path={PATH} name="to" label="Recipient" value={to} placeholder="name@example.com or a domain" />
      {!page ? (
        <InvalidCursor href={to ? `${PATH}?${new URLSearchParams({ to })}` : PATH} />
      ) : page.items.length === 0 ? (
        <FilteredEmptyState
          icon={<Mail aria-hidden />}
          filtered={Boolean(to)}
          title={to ? 'No emails to this recipient' : 'No emails yet'}
          description={to ? `No recipient address contains “${to}”.` : 'Sign-up confirmations, invitations and password resets appear here once sent.'}
          showAllHref={PATH}
          showAllLabel="Show all emails"
        />
      ) : (
        <>
          <div className="rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Time</TableHead>
                  <TableHead>To</TableHead>
                  <TableHead>Subject</TableHead>
                  <TableHead>Tag</TableHead>
                  <TableHead>Status</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.items.map((email) => (
                  <TableRow key={email.id}>
                    <TableCell>
                      <DateTime value={email.createdAt} />
                    </TableCell>
                    <TableCell className="max-w-56 truncate">{email.toAddress}</TableCell>
                    <TableCell className="max-w-md truncate">
                      <Link href={`${PATH}/${email.id}`} className="font-medium underline-offset-4 hover:underline">
                        {email.subject || '(no subject)'}
                      </Link>
                    </TableCell>
                    <TableCell className="font-mono text-xs">{email.tag}</TableCell>
                    <TableCell>
                      <EmailStatusBadge status={email.status} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <ListPager path={PATH} params={{ to }} nextCursor={page.nextCursor} isPaged={Boolean(cursor)} />
        </>
      )}
    </>
  );
}
