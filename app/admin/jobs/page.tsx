import type { Metadata } from 'next';
import { CronHealthCards } from '@/components/admin/jobs/cron-health-cards';
import { JobRunsFilter } from '@/components/admin/jobs/job-runs-filter';
import { JobRunsList } from '@/components/admin/jobs/job-runs-list';
import { PageHeader } from '@/components/admin/page-header';
import { getDb } from '@/db';
import { getJobsHealth } from '@/lib/jobs/health';
import { parseJobRunsSearchParams } from '@/lib/jobs/job-runs-search-params';
import { listJobRuns, serializeJobRunListItem } from '@/lib/jobs/list-runs';
import { recordJobRunsView } from '@/lib/jobs/record-job-runs-view';
import { JOBS } from '@/lib/jobs/registry';
import { requireStaffViewer } from '../require-staff';
import type { SearchParams } from '../search-params';

export const metadata: Metadata = { title: 'Jobs' };

const PATH = '/admin/jobs';

export default async function AdminJobsPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = parseJobRunsSearchParams(await searchParams);
  const viewer = await requireStaffViewer(PATH);
  const db = getDb();
  const now = new Date();

  const [health, page] = await Promise.all([getJobsHealth(db, now), listJobRuns(db, filters)]);
  await recordJobRunsView(db, viewer, { filters });
  const canRetry = health.driver === 'local';

  return (
    <>
      <PageHeader
        title="Jobs"
        description={`Background work across every workspace: whether each scheduled job still fires, and every run with its errors. ${canRetry ? 'Failed runs can be retried here.' : 'Failed runs are retried from the Inngest dashboard.'}`}
      />
      <CronHealthCards health={health} now={now} />
      <section aria-labelledby="job-runs">
        <h2 id="job-runs" className="mb-3 text-lg font-semibold">
          Runs
        </h2>
        <JobRunsFilter path={PATH} jobIds={JOBS.map((job) => job.id)} filters={filters} />
        <JobRunsList
          key={JSON.stringify(filters)}
          path={PATH}
          filters={filters}
          initialPage={{ items: page.items.map(serializeJobRunListItem), nextCursor: page.nextCursor }}
          canRetry={canRetry}
        />
      </section>
    </>
  );
}
