import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { insightRuleSettings, insights, insightScans, tasks } from '@/db/schema';
import { emit } from '@/lib/jobs/events';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { acceptInsightAction } from './accept-insight';
import { dismissInsightAction } from './dismiss-insight';
import { getInsightScanStatusAction } from './get-insight-scan-status';
import { listInsightsAction } from './list-insights';
import { reopenInsightAction } from './reopen-insight';
import { requestInsightScanAction } from './request-insight-scan';
import { updateInsightRuleSettingAction } from './update-insight-rule-setting';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// The job driver is tested on its own; here it is enough that "Scan now" emits the scan event.
vi.mock('@/lib/jobs/events', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/jobs/events')>()), emit: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const statusOf = async (id: string) => (await testDb.db.select({ status: insights.status }).from(insights).where(eq(insights.id, id)))[0]?.status;

describe('insight decisions', () => {
  it('lets a member accept (tasks created), dismiss and reopen, and lists each tab', async () => {
    // The fixtures' open stale-leads insight in A, about its first lead.
    const insight = w.a.insight;
    const listed = await listInsightsAction({ orgSlug: w.a.org.slug, status: 'open' });
    expect(listed.data?.items.map((card) => card.id)).toEqual([insight.id]);

    const accepted = await acceptInsightAction({ orgSlug: w.a.org.slug, insightId: insight.id });
    expect(accepted.data).toEqual({ id: insight.id, status: 'acted', tasksCreated: 1 });
    const created = await testDb.db.select().from(tasks).where(eq(tasks.insightId, insight.id));
    expect(created).toMatchObject([{ title: 'Follow up with Lead A', leadId: w.a.lead.id, source: 'insight' }]);
    expect((await listInsightsAction({ orgSlug: w.a.org.slug, status: 'acted' })).data?.items[0]?.createdTasks).toHaveLength(1);

    expect((await dismissInsightAction({ orgSlug: w.a.org.slug, insightId: insight.id })).data?.status).toBe('dismissed');
    expect((await reopenInsightAction({ orgSlug: w.a.org.slug, insightId: insight.id })).data?.status).toBe('acted');
    expect(await statusOf(insight.id)).toBe('acted');
  });

  it('answers a decided insight with a conflict message and a bad id with a field error', async () => {
    const insight = w.a.insight;
    await dismissInsightAction({ orgSlug: w.a.org.slug, insightId: insight.id });
    expect((await acceptInsightAction({ orgSlug: w.a.org.slug, insightId: insight.id })).serverError).toBe('This insight was dismissed.');
    expect((await acceptInsightAction({ orgSlug: w.a.org.slug, insightId: 'nope' })).validationErrors?.fieldErrors.insightId).toBeDefined();
    expect((await listInsightsAction({ orgSlug: w.a.org.slug, status: 'closed' as never })).validationErrors?.fieldErrors.status).toBeDefined();
  });

  it("answers 'not found' to B's owner for A's insight, from B's own workspace", async () => {
    const insight = w.a.insight;
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    for (const action of [acceptInsightAction, dismissInsightAction, reopenInsightAction]) {
      expect((await action({ orgSlug: w.b.org.slug, insightId: insight.id })).serverError).toBe('Insight not found.');
    }
    expect((await listInsightsAction({ orgSlug: w.b.org.slug, status: 'open' })).data?.items).toEqual([]);
    expect(await statusOf(insight.id)).toBe('open');
  });
});

describe('update-insight-rule-setting', () => {
  it('saves for an admin and refuses a member', async () => {
    const refused = await updateInsightRuleSettingAction({ orgSlug: w.a.org.slug, rule: 'task_backlog', enabled: false, threshold: 10 });
    expect(refused.serverError).toMatch(/permission/i);

    sessionUser.mockResolvedValue(asSession(w.a.admin));
    const result = await updateInsightRuleSettingAction({ orgSlug: w.a.org.slug, rule: 'task_backlog', enabled: false, threshold: 10 });
    expect(result.data).toEqual({ rule: 'task_backlog', enabled: false, threshold: 10 });
    const saved = await testDb.db.select().from(insightRuleSettings).where(and(eq(insightRuleSettings.orgId, w.a.org.id), eq(insightRuleSettings.rule, 'task_backlog')));
    expect(saved).toMatchObject([{ rule: 'task_backlog', enabled: false, threshold: 10 }]);
  });

  it("rejects a threshold outside the rule's range with a message on the threshold field", async () => {
    sessionUser.mockResolvedValue(asSession(w.a.admin));
    const result = await updateInsightRuleSettingAction({ orgSlug: w.a.org.slug, rule: 'pipeline_stuck', enabled: true, threshold: 181 });
    expect(result.validationErrors?.fieldErrors.threshold).toEqual(['Enter a number between 1 and 180.']);
    const unknownRule = await updateInsightRuleSettingAction({ orgSlug: w.a.org.slug, rule: 'vibes' as never, enabled: true, threshold: 1 });
    expect(unknownRule.validationErrors?.fieldErrors.rule).toBeDefined();
  });
});

describe('scan now', () => {
  beforeEach(() => vi.mocked(emit).mockClear());

  it('does not charge the limit when the scan could not be queued', async () => {
    vi.mocked(emit).mockRejectedValueOnce(new Error('queue down'));
    const failed = await requestInsightScanAction({ orgSlug: w.a.org.slug });
    expect(failed.serverError).toBe('Something went wrong. Please try again.');
    const retried = await requestInsightScanAction({ orgSlug: w.a.org.slug });
    expect(retried.serverError).toBeUndefined();
    expect(retried.data?.requestedAt).toEqual(expect.any(String));
  });

  it('emits one scan of the workspace, then rate-limits the next request within a minute', async () => {
    const first = await requestInsightScanAction({ orgSlug: w.a.org.slug });
    expect(first.serverError).toBeUndefined();
    // Other events (the fixtures' lead/created) go through the same mock; only scan requests count here.
    const scans = () => vi.mocked(emit).mock.calls.filter(([, name]) => name === 'insights/org.scan');
    expect(scans()).toEqual([[expect.anything(), 'insights/org.scan', { orgId: w.a.org.id, scheduledFor: first.data!.requestedAt }]]);

    sessionUser.mockResolvedValue(asSession(w.a.owner));
    const second = await requestInsightScanAction({ orgSlug: w.a.org.slug });
    expect(second.serverError).toMatch(/^A scan was requested moments ago\. Try again in \d+ seconds\.$/);
    expect(scans()).toHaveLength(1);
  });

  it('reports the scan schedule once it exists', async () => {
    expect((await getInsightScanStatusAction({ orgSlug: w.a.org.slug })).data).toEqual({ nextRunAt: null, lastRunAt: null, lastFindings: null });
    const nextRunAt = new Date('2030-01-01T10:00:00Z');
    await testDb.db.insert(insightScans).values({ orgId: w.a.org.id, nextRunAt, lastRunAt: new Date('2030-01-01T09:00:00Z'), lastFindings: 2 });
    expect((await getInsightScanStatusAction({ orgSlug: w.a.org.slug })).data).toEqual({ nextRunAt: nextRunAt.toISOString(), lastRunAt: '2030-01-01T09:00:00.000Z', lastFindings: 2 });
  });
});
