import { formatDistanceStrict } from 'date-fns';
import { DateTime } from '@/components/admin/date-time';
import { Badge } from '@/components/ui/badge';
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { JobsHealth } from '@/lib/jobs/health';
import { describePeriod } from './format';
import { JobRunStatusBadge } from './job-run-status-badge';

const DRIVER_LABEL = { local: 'the in-process runner', inngest: 'Inngest' } as const;

function Since({ value, now }: { value: Date | null; now: Date }) {
  if (!value) return <span className="text-muted-foreground">never</span>;
  return (
    <span className="grid">
      <span>{formatDistanceStrict(value, now, { addSuffix: true })}</span>
      <span className="text-xs text-muted-foreground">
        <DateTime value={value} />
      </span>
    </span>
  );
}

/**
 * One card per cron job: when it last succeeded, last ticked and last ran, and whether it is late (no success
 * for three periods; a cron that keeps ticking without succeeding is late too).
 */
export function CronHealthCards({ health, now }: { health: JobsHealth; now: Date }) {
  const lateCount = health.crons.filter((cron) => cron.late).length;
  return (
    <section aria-labelledby="cron-health" className="mb-8">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="cron-health" className="text-lg font-semibold">
          Scheduled jobs
        </h2>
        <p className="text-sm text-muted-foreground">
          Run by {DRIVER_LABEL[health.driver]}.{' '}
          {lateCount > 0 ? (
            <span className="font-medium text-destructive">
              {lateCount} late: is a worker running?
            </span>
          ) : (
            'All on time.'
          )}
        </p>
      </div>
      {health.crons.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-sm text-muted-foreground">No scheduled jobs are registered.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {health.crons.map((cron) => (
            <li key={cron.id}>
              <Card className="h-full gap-4 py-4">
                <CardHeader className="px-4">
                  <CardTitle className="font-mono text-sm break-all">{cron.id}</CardTitle>
                  <CardDescription>{cron.description}</CardDescription>
                  <CardAction>
                    <Badge variant={cron.late ? 'destructive' : 'secondary'}>{cron.late ? 'Late' : 'On time'}</Badge>
                  </CardAction>
                </CardHeader>
                <CardContent className="px-4">
                  <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
                    <dt className="text-muted-foreground">Schedule</dt>
                    <dd>
                      {describePeriod(cron.periodMs)} <code className="text-xs text-muted-foreground">{cron.cron}</code>
                    </dd>
                    <dt className="text-muted-foreground">Last success</dt>
                    <dd>
                      <Since value={cron.lastSuccessAt} now={now} />
                    </dd>
                    <dt className="text-muted-foreground">Last tick</dt>
                    <dd>
                      <Since value={cron.lastTickAt} now={now} />
                    </dd>
                    <dt className="text-muted-foreground">Last run</dt>
                    <dd className="flex flex-wrap items-center gap-2">
                      {cron.lastRunStatus ? <JobRunStatusBadge status={cron.lastRunStatus} /> : null}
                      <Since value={cron.lastRunAt} now={now} />
                    </dd>
                  </dl>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
