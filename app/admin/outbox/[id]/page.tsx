import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DateTime } from '@/components/admin/date-time';
import { EmailStatusBadge } from '@/components/admin/email-status-badge';
import { Button } from '@/components/ui/button';
import { getDb } from '@/db';
import { getOutboxMessage } from '@/lib/admin/outbox';
import { isAppError } from '@/lib/errors';
import { requireStaffViewer } from '../../require-staff';

export const metadata: Metadata = { title: 'Email' };

export default async function AdminOutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireStaffViewer(`/admin/outbox/${encodeURIComponent(id)}`);
  const message = await getOutboxMessage(getDb(), viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });

  const headers: [string, ReactNode][] = [
    ['From', message.fromAddress],
    ['To', message.toAddress],
    ['Subject', message.subject],
    ['Date', <DateTime key="date" value={message.createdAt} />],
    ['Tag', <span key="tag" className="font-mono text-xs">{message.tag}</span>],
    ['Status', <EmailStatusBadge key="status" status={message.status} />],
    ['Provider', message.providerMessageId ? `${message.provider} (${message.providerMessageId})` : message.provider],
  ];
  if (message.error) headers.push(['Error', <span key="error" className="text-destructive">{message.error}</span>]);

  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-4 -ml-2">
        <Link href="/admin/outbox">
          <ArrowLeft aria-hidden />
          Outbox
        </Link>
      </Button>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight break-words">{message.subject || '(no subject)'}</h1>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border p-4 text-sm">
        {headers.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="html-body" className="mb-6">
        <h2 id="html-body" className="mb-2 text-sm font-medium">HTML body</h2>
        {/* The body is untrusted markup: an empty sandbox runs no scripts, submits no forms and gets an
            opaque origin, and srcDoc keeps it out of this page's DOM. */}
        <iframe
          sandbox=""
          srcDoc={message.html}
          title={`HTML body of “${message.subject}”`}
          className="h-[70vh] w-full rounded-lg border bg-white"
        />
      </section>
      <section aria-labelledby="text-body">
        <h2 id="text-body" className="mb-2 text-sm font-medium">Plain-text body</h2>
        <pre className="max-h-[70vh] overflow-auto rounded-lg border bg-muted/40 p-4 text-sm break-words whitespace-pre-wrap">
          {message.text}
        </pre>
      </section>
    </>
  );
}
