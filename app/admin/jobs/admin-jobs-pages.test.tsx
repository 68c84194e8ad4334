import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { eq } from 'drizzle-orm';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, jobSchedules, type User } from '@/db/schema';
import { getJobDriver } from '@/lib/jobs/driver';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { insertJobRun } from '@/tests/helpers/job-runs';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import AdminJobRunPage from './[runId]/page';
import AdminJobsPage from './page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'beacon.test', 'user-agent': 'vitest' }) }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn(), back: vi.fn(), forward: vi.fn() }),
}));
vi.mock('@/lib/jobs/registry', async () => {
  const { testCronJob } = await import('@/tests/helpers/job-runs');
  const cron = testCronJob('nightly-test', '15 3 * * *');
  return { CRON_JOBS: [cron], JOBS: [cron, { id: 'lead-pipeline', kind: 'event' }], getJob: () => cron };
});
vi.mock('@/lib/jobs/driver', () => ({ getJobDriver: vi.fn(() => 'local') }));
const sessionUser = vi.mocked(getSessionUser);
const driver = vi.mocked(getJobDriver);
const testDb = setupTestDatabase();
let staff: User;

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});
beforeEach(async () => {
  await truncateAll(testDb.db);
  staff = await createTestUser(testDb.db, { isStaff: true });
  sessionUser.mockResolvedValue(asSession(staff));
  driver.mockReturnValue('local');
});

const render = (element: unknown) =>
  renderToString(<QueryClientProvider client={new QueryClient()}>{element as ReactElement}</QueryClientProvider>);
const list = async (search: Record<string, string> = {}) => render(await AdminJobsPage({ searchParams: Promise.resolve(search) }));
const detail = async (runId: string) => render(await AdminJobRunPage({ params: Promise.resolve({ runId }) }));
async function digestOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return 'rendered';
}

describe('staff jobs pages', () => {
  it('are a 404 for users who are not staff and send signed-out visitors to sign in', async () => {
    const run = await insertJobRun(testDb.db, { status: 'failed' });
    sessionUser.mockResolvedValue(asSession(await createTestUser(testDb.db)));
    expect(await digestOf(AdminJobsPage({ searchParams: Promise.resolve({}) }))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await digestOf(AdminJobRunPage({ params: Promise.resolve({ runId: run.id }) }))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    sessionUser.mockResolvedValue(null);
    expect(await digestOf(AdminJobsPage({ searchParams: Promise.resolve({}) }))).toMatch(/^NEXT_REDIRECT;replace;\/sign-in\?callbackUrl=\/admin\/jobs;307;/);
    expect(await testDb.db.$count(auditLogs)).toBe(0);
  });

  it('shows each cron’s health and an empty state before any run', async () => {
    const html = await list();
    expect(html).toContain('nightly-test');
    expect(html).toContain('every day');
    expect(html).toContain('On time');
    expect(html).toContain('No job runs yet');
    expect(await testDb.db.$count(jobSchedules)).toBe(1);

    expect(html).toMatch(/Last tick<\/dt><dd><span class="text-muted-foreground">never</);

    await testDb.db.update(jobSchedules).set({ registeredAt: new Date(Date.now() - 4 * 86_400_000), lastTickAt: new Date(Date.now() - 3 * 3_600_000) });
    const late = await list();
    expect(late).toContain('Late');
    expect(late).toContain('late: is a worker running?');
    expect(late).toMatch(/Last tick<\/dt><dd><span class="grid"><span>3 hours ago</);
  });

  it('lists runs with workspace, attempts, first error line and a Retry button only on failed runs; filters and audits', async () => {
    const owner = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, owner, { name: 'Acme Jobs' });
    await insertJobRun(testDb.db, { jobId: 'lead-pipeline', orgId: org.id, status: 'failed', attempts: 4, maxAttempts: 4, error: 'Lead vanished\n    at step (x.ts:1)' });
    await insertJobRun(testDb.db, { jobId: 'nightly-test', trigger: 'cron', status: 'succeeded', attempts: 1, maxAttempts: 1 });

    const html = await list();
    expect(html).toContain('Acme Jobs');
    expect(html).toContain(`href="/admin/jobs?org=${org.slug}"`);
    expect(html).toContain('4<!-- -->/<!-- -->4');
    expect(html).toContain('Lead vanished');
    expect(html).not.toContain('x.ts:1');
    expect(html.match(/>Retry</g)).toHaveLength(1);
    expect(html).toContain('>nightly-test</a>');

    const failedOnly = await list({ status: 'failed', trigger: 'bogus' });
    expect(failedOnly).toContain('Lead vanished');
    expect(failedOnly).not.toContain('>nightly-test</a>');
    expect(await list({ job: 'nightly-test', status: 'failed' })).toContain('No runs match these filters');

    const audits = await testDb.db.select().from(auditLogs).where(eq(auditLogs.action, 'staff.viewed_job_runs'));
    expect(audits.map((audit) => audit.metadata)).toContainEqual({ jobId: null, status: 'failed', trigger: null, org: null, paged: false });
  });

  it('shows a run in full (error, payload, steps) with Retry for a failed run, audits it, and 404s unknown ids', async () => {
    const run = await insertJobRun(testDb.db, {
      jobId: 'lead-pipeline', status: 'failed', error: 'Boom\n    at deep (stack.ts:9)', payload: { leadId: 'lead-42' }, steps: { 'load-lead': { name: 'Ada' } },
    });
    const html = await detail(run.id);
    expect(html).toContain('stack.ts:9');
    expect(html).toContain('lead-42');
    expect(html).toContain('load-lead');
    expect(html).toContain('>Retry<');
    const [audit] = await testDb.db.select().from(auditLogs).where(eq(auditLogs.action, 'staff.viewed_job_run'));
    expect(audit).toMatchObject({ targetId: run.id, actorUserId: staff.id });

    const retry = await insertJobRun(testDb.db, { jobId: 'lead-pipeline', trigger: 'retry', retryOfId: run.id, status: 'queued' });
    const retryHtml = await detail(retry.id);
    expect(retryHtml).toContain(`href="/admin/jobs/${run.id}"`);
    expect(retryHtml).not.toContain('>Retry<');

    expect(await digestOf(AdminJobRunPage({ params: Promise.resolve({ runId: 'nope' }) }))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('under the Inngest driver, points failed runs to the Inngest dashboard instead of offering Retry', async () => {
    driver.mockReturnValue('inngest');
    const run = await insertJobRun(testDb.db, { jobId: 'lead-pipeline', status: 'failed', error: 'Boom' });
    const html = await list();
    expect(html).not.toContain('>Retry<');
    expect(html).toContain('Retry it from the Inngest dashboard');
    expect(html).toContain('Failed runs are retried from the Inngest dashboard.');
    const detailHtml = await detail(run.id);
    expect(detailHtml).not.toContain('>Retry<');
    expect(detailHtml).toContain('Retry it from the Inngest dashboard');
  });
});
