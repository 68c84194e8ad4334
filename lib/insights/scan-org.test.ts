import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, insightRuleSettings, insights, insightScans, leads, notifications, tasks } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createScanWorkspace, DAY, insertLead, insertTask } from '@/tests/helpers/insight-scan';
import { periodKeyOf } from './period';
import { scanOrg } from './scan-org';

const testDb = setupTestDatabase();
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms);

async function staleWorkspace(name: string) {
  const workspace = await createScanWorkspace(testDb.db, name);
  const { org, member, stage } = workspace;
  const leads = [];
  for (const [i, days] of [10, 12, 20].entries()) {
    leads.push(await insertLead(testDb.db, org.id, { name: `Stale ${i}`, ownerId: member.id, stageId: stage('New').id, lastActivityAt: ago(days * DAY), createdAt: ago(40 * DAY) }));
  }
  await insertLead(testDb.db, org.id, { name: 'Busy', ownerId: member.id, stageId: stage('New').id, lastActivityAt: ago(DAY), createdAt: ago(40 * DAY) });
  return { ...workspace, leads };
}

const insightsOf = (orgId: string) => testDb.db.select().from(insights).where(eq(insights.orgId, orgId)).orderBy(insights.periodKey);
const tasksOf = (orgId: string) => testDb.db.select().from(tasks).where(eq(tasks.orgId, orgId)).orderBy(tasks.title);

describe('scanOrg', () => {
  it('stores the finding, acts on it with one task per stale lead, and records the scan', async () => {
    const { org, member, leads } = await staleWorkspace('Acts');
    expect(await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now })).toEqual({ findings: 1, acted: 1, tasksCreated: 3 });

    const [insight] = await insightsOf(org.id);
    expect(insight).toMatchObject({ rule: 'stale_leads', periodKey: periodKeyOf(now), status: 'acted', confidence: 0.9, decidedById: null, summary: '3 open leads have had no activity for 7+ days.' });
    const created = await tasksOf(org.id);
    expect(created.map((task) => [task.title, task.assigneeId, task.source, task.insightId, task.leadId])).toEqual(
      leads.map((lead) => [`Follow up with ${lead.name}`, member.id, 'insight', insight!.id, lead.id]),
    );
    expect(created[0]!.dedupeKey).toBe(`insight:stale_leads:${leads[0]!.id}:${periodKeyOf(now)}`);
    const timeline = await testDb.db.select().from(activities).where(and(eq(activities.orgId, org.id), eq(activities.type, 'task_created')));
    expect(timeline).toHaveLength(3);
    expect(timeline.every((entry) => entry.actorType === 'system')).toBe(true);
    const notes = await testDb.db.select().from(notifications).where(eq(notifications.orgId, org.id));
    expect(notes.map((note) => [note.userId, note.type, note.dedupeKey, note.title])).toEqual([[member.id, 'insight', `insight:${insight!.id}`, 'Stale leads: 3 follow-up tasks for you']]);
    const [scan] = await testDb.db.select().from(insightScans).where(eq(insightScans.orgId, org.id));
    expect(scan).toMatchObject({ lastRunAt: now, lastFindings: 1 });
  });

  it('creates no duplicate insight or task on a second run the same day', async () => {
    const { org } = await staleWorkspace('Twice');
    await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now });
    expect(await scanOrg(testDb.db, { orgId: org.id, now: new Date(now.getTime() + 60_000), scheduledFor: now })).toEqual({ findings: 1, acted: 0, tasksCreated: 0 });
    expect(await insightsOf(org.id)).toHaveLength(1);
    expect(await tasksOf(org.id)).toHaveLength(3);
  });

  it("the next day, opens a new insight but adds no task while the lead's earlier task is open", async () => {
    const { org, leads } = await staleWorkspace('Next day');
    await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now });
    const [first] = await tasksOf(org.id);
    // Completed without touching the lead (a real completion would log activity and end the staleness).
    await testDb.db.update(tasks).set({ status: 'completed' }).where(eq(tasks.id, first!.id));

    const tomorrow = new Date(now.getTime() + DAY);
    expect(await scanOrg(testDb.db, { orgId: org.id, now: tomorrow, scheduledFor: tomorrow })).toEqual({ findings: 1, acted: 1, tasksCreated: 1 });
    const all = await insightsOf(org.id);
    expect(all.map((insight) => [insight.periodKey, insight.status])).toEqual([[periodKeyOf(now), 'acted'], [periodKeyOf(tomorrow), 'acted']]);
    const again = (await tasksOf(org.id)).filter((task) => task.insightId === all[1]!.id);
    expect(again.map((task) => task.leadId)).toEqual([leads[0]!.id]);
  });

  it('skips a disabled rule and honours a threshold override', async () => {
    const { org } = await staleWorkspace('Settings');
    await testDb.db.insert(insightRuleSettings).values({ orgId: org.id, rule: 'stale_leads', enabled: false, threshold: null });
    expect(await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now })).toEqual({ findings: 0, acted: 0, tasksCreated: 0 });

    await testDb.db.update(insightRuleSettings).set({ enabled: true, threshold: 15 }).where(eq(insightRuleSettings.orgId, org.id));
    expect(await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now })).toMatchObject({ findings: 1, tasksCreated: 1 });
    const [insight] = await insightsOf(org.id);
    expect(insight!.summary).toBe('1 open lead has had no activity for 15+ days.');
    expect(insight!.evidence.numbers).toEqual({ staleLeads: 1, thresholdDays: 15 });
  });

  it('leaves a rule at or below the act confidence open (pipeline stuck, 0.7) and acts on workspace-wide rules for the owner', async () => {
    const { org, owner, stage } = await createScanWorkspace(testDb.db, 'Mixed');
    await insertLead(testDb.db, org.id, { name: 'Parked', stageId: stage('Proposal').id, stageChangedAt: ago(30 * DAY), lastActivityAt: ago(DAY) });
    for (let i = 0; i < 6; i++) await insertTask(testDb.db, org.id, { title: `Overdue ${i}`, dueAt: ago(2 * DAY) });

    expect(await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now })).toEqual({ findings: 2, acted: 1, tasksCreated: 1 });
    const byRule = Object.fromEntries((await insightsOf(org.id)).map((insight) => [insight.rule, insight.status]));
    expect(byRule).toEqual({ task_backlog: 'acted', pipeline_stuck: 'open' });
    const [triage] = (await tasksOf(org.id)).filter((task) => task.source === 'insight');
    expect(triage).toMatchObject({ title: 'Triage 6 overdue tasks', assigneeId: owner.id, leadId: null });
  });

  it('refreshes an open insight and leaves a dismissed one alone', async () => {
    const { org, stage } = await createScanWorkspace(testDb.db, 'Refresh');
    await insertLead(testDb.db, org.id, { name: 'Parked', stageId: stage('Proposal').id, stageChangedAt: ago(30 * DAY), lastActivityAt: ago(DAY) });
    await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now });
    await insertLead(testDb.db, org.id, { name: 'Parked too', stageId: stage('Proposal').id, stageChangedAt: ago(20 * DAY), lastActivityAt: ago(DAY) });
    await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now });
    const [refreshed] = await insightsOf(org.id);
    expect(refreshed!.evidence.numbers.leadsInStuckStages).toBe(2);

    await testDb.db.update(insights).set({ status: 'dismissed', summary: 'kept' }).where(eq(insights.id, refreshed!.id));
    await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now });
    const [kept] = await insightsOf(org.id);
    expect(kept).toMatchObject({ status: 'dismissed', summary: 'kept' });
  });

  it("expires the open insights a scan replaces: yesterday's of a rule that fired again, and those of a rule that stopped", async () => {
    const { org, stage } = await createScanWorkspace(testDb.db, 'Expire');
    const parked = await insertLead(testDb.db, org.id, { name: 'Parked', stageId: stage('Proposal').id, stageChangedAt: ago(30 * DAY), lastActivityAt: ago(DAY) });
    const yesterday = new Date(now.getTime() - DAY);
    await scanOrg(testDb.db, { orgId: org.id, now: yesterday, scheduledFor: yesterday });
    // A decided insight of the same rule from an earlier day is a decision, never expired.
    await testDb.db.insert(insights).values({ orgId: org.id, rule: 'pipeline_stuck', periodKey: '2020-01-01', status: 'dismissed', confidence: 0.7, summary: 'old', evidence: { items: [], numbers: {} } });

    await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now });
    const statuses = async () => (await insightsOf(org.id)).map((insight) => [insight.periodKey, insight.status]);
    expect(await statuses()).toEqual([['2020-01-01', 'dismissed'], [periodKeyOf(yesterday), 'expired'], [periodKeyOf(now), 'open']]);

    // The lead moves on: the rule no longer fires, and today's open insight expires too.
    await testDb.db.update(leads).set({ stageId: stage('Qualified').id, stageChangedAt: now }).where(eq(leads.id, parked.id));
    expect(await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now })).toMatchObject({ findings: 0 });
    expect(await statuses()).toEqual([['2020-01-01', 'dismissed'], [periodKeyOf(yesterday), 'expired'], [periodKeyOf(now), 'expired']]);
  });

  it('expires the open insight of a rule that was turned off', async () => {
    const { org, stage } = await createScanWorkspace(testDb.db, 'Turned off');
    await insertLead(testDb.db, org.id, { name: 'Parked', stageId: stage('Proposal').id, stageChangedAt: ago(30 * DAY), lastActivityAt: ago(DAY) });
    await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now });
    await testDb.db.insert(insightRuleSettings).values({ orgId: org.id, rule: 'pipeline_stuck', enabled: false, threshold: null });
    await scanOrg(testDb.db, { orgId: org.id, now, scheduledFor: now });
    expect((await insightsOf(org.id)).map((insight) => insight.status)).toEqual(['expired']);
  });

  it('returns null for a workspace that no longer exists', async () => {
    expect(await scanOrg(testDb.db, { orgId: '00000000-0000-4000-8000-000000000000', now, scheduledFor: now })).toBeNull();
  });
});
