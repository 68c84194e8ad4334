import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DateTime } from '@/components/admin/date-time';
import { runDuration } from '@/components/admin/jobs/format';
import { InngestRetryNote } from '@/components/admin/jobs/inngest-retry-note';
import { JobJson } from '@/components/admin/jobs/job-json';
import { JobRunStatusBadge } from '@/components/admin/jobs/job-run-status-badge';
import { RetryRunButton } from '@/components/admin/jobs/retry-run-button';
import { Button } from '@/components/ui/button';
import { getDb } from '@/db';
import { isAppError } from '@/lib/errors';
import { getJobDriver } from '@/lib/jobs/driver';
import { getJobRun } from '@/lib/jobs/list-runs';
import { recordJobRunsView } from '@/lib/jobs/record-job-runs-view';
import { requireStaffViewer } from '../../require-staff';

export const metadata: Metadata = { title: 'Job run' };

const muted = (text: string) => <span className="text-muted-foreground">{text}</span>;

export default async function AdminJobRunPage({ params }: { params: Promise<{ runId: string }> }) {
  const { runId } = await params;
  const viewer = await requireStaffViewer(`/admin/jobs/${encodeURIComponent(runId)}`);
  const db = getDb();
  const run = await getJobRun(db, runId).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  await recordJobRunsView(db, viewer, { runId: run.id, orgId: run.orgId });

  const when = (value: Date | null) => (value ? <DateTime value={value} /> : muted('—'));
  const fields: [string, ReactNode][] = [
    ['Status', <JobRunStatusBadge key="status" status={run.status} />],
    ['Trigger', run.trigger],
    ['Event', run.eventName ?? muted('—')],
    [
      'Workspace',
      run.orgSlug ? (
        <Link key="org" href={`/admin/jobs?${new URLSearchParams({ org: run.orgSlug })}`} className="underline-offset-4 hover:underline">
          {run.orgName} <span className="text-muted-foreground">({run.orgSlug})</span>
        </Link>
      ) : (
        muted('None (a scheduled run)')
      ),
    ],
    ['Key', <code key="key" className="text-xs break-all">{run.key}</code>],
    ['Attempts', `${run.attempts} of ${run.maxAttempts}`],
    ['Created', when(run.createdAt)],
    ['Started', when(run.startedAt)],
    ['Finished', when(run.finishedAt)],
    ['Duration', runDuration(run.startedAt, run.finishedAt) ?? muted('—')],
  ];
  if (run.status === 'queued') fields.push(['Runs after', when(run.runAfter)]);
  if (run.status === 'running') fields.push(['Lease expires', when(run.leaseExpiresAt)]);
  if (run.retryOfId) {
    fields.push([
      'Retry of',
      <Link key="retry-of" href={`/admin/jobs/${run.retryOfId}`} className="font-mono text-xs underline-offset-4 hover:underline">
        {run.retryOfId}
      </Link>,
    ]);
  }

  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-4 -ml-2">
        <Link href="/admin/jobs">
          <ArrowLeft aria-hidden />
          Jobs
        </Link>
      </Button>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-mono text-2xl font-semibold tracking-tight break-all">{run.jobId}</h1>
        {run.status !== 'failed' ? null : getJobDriver() === 'local' ? <RetryRunButton runId={run.id} jobId={run.jobId} openRetry /> : <InngestRetryNote />}
      </div>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border p-4 text-sm">
        {fields.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {run.error ? (
        <section aria-labelledby="run-error" className="mb-6">
          <h2 id="run-error" className="mb-2 text-sm font-medium">
            Error
          </h2>
          <pre className="max-h-96 overflow-auto rounded-lg border border-destructive/40 p-4 text-xs break-words whitespace-pre-wrap text-destructive">
            {run.error}
          </pre>
        </section>
      ) : null}
      <JobJson id="run-payload" title="Payload" value={run.payload} />
      <JobJson id="run-steps" title="Step results" value={run.steps} empty="No step has completed yet." />
      <JobJson id="run-result" title="Result" value={run.result} empty={run.status === 'succeeded' ? 'The job returned nothing.' : 'No result yet.'} />
    </>
  );
}
