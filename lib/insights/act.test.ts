import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insights, notifications, orgMembers, tasks } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createTestUser } from '@/tests/helpers/factories';
import { createScanWorkspace, DAY, insertLead } from '@/tests/helpers/insight-scan';
import { actOnInsight } from './act';
import type { Finding } from './rules';
import { storeFindings } from './scan-org';

const testDb = setupTestDatabase();
const now = new Date();

function staleFinding(confidence: number, leadIds: string[]): Finding {
  return {
    type: 'stale_leads',
    confidence,
    summary: `${leadIds.length} open leads have had no activity for 7+ days.`,
    evidence: { items: leadIds.map((id) => ({ kind: 'lead', id, label: 'Lead', detail: '9 days without activity' })), numbers: { staleLeads: leadIds.length, thresholdDays: 7 } },
  };
}

async function workspaceWithLeads(name: string) {
  const workspace = await createScanWorkspace(testDb.db, name);
  const lead = await insertLead(testDb.db, workspace.org.id, { name: 'Ana', ownerId: workspace.member.id, lastActivityAt: new Date(now.getTime() - 9 * DAY) });
  return { ...workspace, lead };
}

const tasksOf = (orgId: string) => testDb.db.select().from(tasks).where(eq(tasks.orgId, orgId));

describe('acting on insights', () => {
  it('takes no action at exactly 0.75: the insight stays open and no task is created', async () => {
    const { org, lead } = await workspaceWithLeads('At threshold');
    expect(await storeFindings(testDb.db, { orgId: org.id, now, findings: [staleFinding(0.75, [lead.id])] })).toEqual({ acted: 0, tasksCreated: 0 });
    const [insight] = await testDb.db.select().from(insights).where(eq(insights.orgId, org.id));
    expect(insight).toMatchObject({ status: 'open', confidence: 0.75, actedAt: null });
    expect(await tasksOf(org.id)).toEqual([]);
  });

  it('acts at 0.76', async () => {
    const { org, lead, member } = await workspaceWithLeads('Above threshold');
    expect(await storeFindings(testDb.db, { orgId: org.id, now, findings: [staleFinding(0.76, [lead.id])] })).toEqual({ acted: 1, tasksCreated: 1 });
    const [task] = await tasksOf(org.id);
    expect(task).toMatchObject({ title: 'Follow up with Ana', assigneeId: member.id, leadId: lead.id, source: 'insight' });
    expect(task!.dueAt!.getTime()).toBe(now.getTime() + DAY);
  });

  it('records who accepted, refuses a second act, and never duplicates a task on replay', async () => {
    const { org, lead, owner } = await workspaceWithLeads('Accept');
    await storeFindings(testDb.db, { orgId: org.id, now, findings: [staleFinding(0.5, [lead.id])] });
    const [insight] = await testDb.db.select().from(insights).where(eq(insights.orgId, org.id));

    const result = await actOnInsight(testDb.db, insight!, { now, decidedById: owner.id });
    expect(result.tasksCreated).toBe(1);
    expect(result.insight).toMatchObject({ status: 'acted', decidedById: owner.id, actedAt: now });
    await expectAppError(actOnInsight(testDb.db, insight!, { now }), 'conflict');

    // Even with the first task done and the insight back open, the same day's task is not made twice.
    await testDb.db.update(tasks).set({ status: 'completed' }).where(eq(tasks.orgId, org.id));
    await testDb.db.update(insights).set({ status: 'open' }).where(eq(insights.id, insight!.id));
    expect((await actOnInsight(testDb.db, insight!, { now })).tasksCreated).toBe(0);
    expect(await tasksOf(org.id)).toHaveLength(1);
  });

  it("gives a lead without an owner, or whose owner left, to the workspace owner, and notifies each assignee once", async () => {
    const { org, owner, member, lead } = await workspaceWithLeads('Assignees');
    const leaver = await createTestUser(testDb.db);
    const unowned = await insertLead(testDb.db, org.id, { name: 'Nobody' });
    const orphaned = await insertLead(testDb.db, org.id, { name: 'Orphan', ownerId: leaver.id });
    const second = await insertLead(testDb.db, org.id, { name: 'Ben', ownerId: member.id });
    await storeFindings(testDb.db, { orgId: org.id, now, findings: [staleFinding(0.9, [lead.id, unowned.id, orphaned.id, second.id])] });

    const byLead = Object.fromEntries((await tasksOf(org.id)).map((task) => [task.leadId, task.assigneeId]));
    expect(byLead).toEqual({ [lead.id]: member.id, [unowned.id]: owner.id, [orphaned.id]: owner.id, [second.id]: member.id });
    const notes = await testDb.db.select().from(notifications).where(eq(notifications.orgId, org.id));
    expect(notes.map((note) => [note.userId, note.title, note.href]).sort()).toEqual(
      [
        [member.id, 'Stale leads: 2 follow-up tasks for you', `/app/${org.slug}/tasks?view=all&assigneeId=${member.id}`],
        [owner.id, 'Stale leads: 2 follow-up tasks for you', `/app/${org.slug}/tasks?view=all&assigneeId=${owner.id}`],
      ].sort(),
    );
    expect(await testDb.db.$count(orgMembers, eq(orgMembers.userId, leaver.id))).toBe(0);
  });

  it('files no second follow-up for a lead while another rule\'s insight task on it is open', async () => {
    const { org, lead, member } = await workspaceWithLeads('Both rules');
    const other = await insertLead(testDb.db, org.id, { name: 'Ben', ownerId: member.id });
    await storeFindings(testDb.db, { orgId: org.id, now, findings: [staleFinding(0.9, [lead.id])] });
    const hot: Finding = {
      type: 'hot_lead_unattended',
      confidence: 0.85,
      summary: '2 hot leads have had no attention from their owner in the last day.',
      evidence: { items: [lead.id, other.id].map((id) => ({ kind: 'lead' as const, id, label: 'Lead' })), numbers: { hotLeads: 2 } },
    };
    expect(await storeFindings(testDb.db, { orgId: org.id, now, findings: [hot] })).toEqual({ acted: 1, tasksCreated: 1 });
    const byLead = (await tasksOf(org.id)).map((task) => [task.leadId, task.dedupeKey?.split(':')[1]]);
    expect(byLead.sort()).toEqual([[lead.id, 'stale_leads'], [other.id, 'hot_lead_unattended']].sort());

    // Once Ana's task is done, the next hot-lead insight may file one for her again.
    await testDb.db.update(tasks).set({ status: 'completed' }).where(eq(tasks.leadId, lead.id));
    await testDb.db.update(insights).set({ status: 'open' }).where(eq(insights.rule, 'hot_lead_unattended'));
    const [reopened] = await testDb.db.select().from(insights).where(eq(insights.rule, 'hot_lead_unattended'));
    expect((await actOnInsight(testDb.db, reopened!, { now })).tasksCreated).toBe(1);
  });

  it('skips leads deleted or closed since the scan, and caps lead tasks at 20', async () => {
    const { org, stage } = await createScanWorkspace(testDb.db, 'Cap');
    const won = await insertLead(testDb.db, org.id, { name: 'Won meanwhile', stageId: stage('Won').id });
    const open = [];
    for (let i = 0; i < 25; i++) open.push((await insertLead(testDb.db, org.id, { name: `Lead ${i}` })).id);
    const result = await storeFindings(testDb.db, { orgId: org.id, now, findings: [staleFinding(0.9, [won.id, '00000000-0000-4000-8000-000000000000', ...open])] });
    // The first 20 evidence items are acted on; two of them are gone or won.
    expect(result.tasksCreated).toBe(18);
  });
});
