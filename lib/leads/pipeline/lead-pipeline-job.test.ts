import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, leadRoutingSettings, leads, notifications, orgMembers, tasks } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addMember, createTestUser } from '@/tests/helpers/factories';
import { runEventJob } from '@/tests/helpers/jobs';
import { LEAD_PIPELINE_JOB } from './lead-pipeline-job';

const testDb = setupTestDatabase();
// Friday 16:30 UTC: with the default hours (9–17 UTC, Mon–Fri) the first reply is due Monday 09:30.
const FRIDAY_AFTERNOON = new Date('2024-06-14T16:30:00Z');

async function setup() {
  const ws = await createCrmWorkspace(testDb.db, 'Pipeline Org');
  const bea = await createTestUser(testDb.db, { name: 'Bea' });
  await addMember(testDb.db, ws.org, bea, 'member');
  // The owner joined first: round robin starts with them.
  await testDb.db.update(orgMembers).set({ createdAt: new Date('2020-01-01T00:00:00Z') }).where(and(eq(orgMembers.orgId, ws.org.id), eq(orgMembers.userId, ws.owner.id)));
  const createLeadRow = async (values: Partial<typeof leads.$inferInsert> = {}) => {
    const [lead] = await testDb.db
      .insert(leads)
      .values({ orgId: ws.org.id, name: 'Jane Doe', email: 'jane@acme.test', company: 'Acme', title: 'CTO', source: 'Website form', createdAt: FRIDAY_AFTERNOON, ...values })
      .returning();
    return lead!;
  };
  const run = (leadId: string, source: string | null = 'Website form', createdById: string | null = null) =>
    runEventJob(testDb.db, LEAD_PIPELINE_JOB, { orgId: ws.org.id, leadId, source, createdById });
  const snapshot = async (leadId: string) => ({
    lead: (await testDb.db.select({ ownerId: leads.ownerId, score: leads.score, lastActivityAt: leads.lastActivityAt }).from(leads).where(eq(leads.id, leadId)))[0],
    tasks: await testDb.db.select().from(tasks).where(eq(tasks.leadId, leadId)),
    notifications: await testDb.db.select().from(notifications).where(eq(notifications.orgId, ws.org.id)),
    timeline: await testDb.db.select({ type: activities.type, actorType: activities.actorType }).from(activities).where(eq(activities.leadId, leadId)),
    cursor: (await testDb.db.select().from(leadRoutingSettings).where(eq(leadRoutingSettings.orgId, ws.org.id)))[0]?.lastAssignedUserId ?? null,
  });
  return { ...ws, bea, createLeadRow, run, snapshot };
}

describe('lead-pipeline job', () => {
  it('is declared for lead/created with retries and one run per workspace at a time', () => {
    expect(LEAD_PIPELINE_JOB).toMatchObject({ kind: 'event', id: 'lead-pipeline', event: 'lead/created', retries: 4, concurrency: { key: 'orgId', limit: 1 } });
  });

  it('scores the lead, assigns an owner, notifies them once and creates one first-response task', async () => {
    const { org, owner, createLeadRow, run, snapshot } = await setup();
    const lead = await createLeadRow();
    const { result } = await run(lead.id);
    const after = await snapshot(lead.id);

    expect(after.lead!.score).toBeGreaterThan(0);
    expect(after.lead!.ownerId).toBe(owner.id);
    expect(after.cursor).toBe(owner.id);
    expect(after.notifications).toHaveLength(1);
    expect(after.notifications[0]).toMatchObject({
      userId: owner.id,
      type: 'lead_assigned',
      title: 'New lead: Jane Doe (Website form)',
      body: 'Acme · jane@acme.test',
      href: `/app/${org.slug}/leads/${lead.id}`,
      dedupeKey: `lead-assigned:${lead.id}`,
    });
    expect(after.tasks).toHaveLength(1);
    expect(after.tasks[0]).toMatchObject({
      title: 'Reply to Jane Doe',
      source: 'automation',
      assigneeId: owner.id,
      createdById: null,
      status: 'pending',
      dedupeKey: `first-response:${lead.id}`,
    });
    expect(after.tasks[0]!.dueAt!.toISOString()).toBe('2024-06-17T09:30:00.000Z');
    expect(after.timeline).toEqual([{ type: 'task_created', actorType: 'system' }]);
    // The stored score is the first step's fit score: the task's timeline entry is bookkeeping, not contact
    // with the lead, so it neither rescores the lead nor marks it as recently worked.
    expect(result).toMatchObject({ score: after.lead!.score, ownerId: owner.id, assigned: true, task: { taskId: after.tasks[0]!.id, created: true } });
    expect(after.lead!.lastActivityAt).toBeNull();
  });

  it('does not notify an owner about a lead they created themselves; someone else\'s lead still reaches them', async () => {
    const { owner, bea, createLeadRow, run, snapshot } = await setup();
    // Round robin gives the first lead to the owner, the second to Bea; Bea created both.
    const first = await createLeadRow();
    const second = await createLeadRow({ name: 'John Roe', email: 'john@acme.test' });
    const firstRun = await run(first.id, 'Website form', bea.id);
    const secondRun = await run(second.id, 'Website form', bea.id);

    expect(firstRun.result).toMatchObject({ ownerId: owner.id, notificationId: expect.any(String) });
    expect(secondRun.result).toMatchObject({ ownerId: bea.id, notificationId: null });
    const notified = (await snapshot(second.id)).notifications;
    expect(notified.map((n) => [n.userId, n.dedupeKey])).toEqual([[owner.id, `lead-assigned:${first.id}`]]);
    // Bea still gets her first-response task for the lead she entered.
    expect((await snapshot(second.id)).tasks.map((t) => t.assigneeId)).toEqual([bea.id]);
  });

  it('counts the due time in the workspace hours and zone', async () => {
    const { org, createLeadRow, run, snapshot } = await setup();
    // Friday 16:30 UTC is 12:30 in New York (EDT): 1 working hour later is 13:30 EDT the same day.
    await testDb.db.insert(leadRoutingSettings).values({ orgId: org.id, timeZone: 'America/New_York' });
    const lead = await createLeadRow();
    await run(lead.id);
    expect((await snapshot(lead.id)).tasks[0]!.dueAt!.toISOString()).toBe('2024-06-14T17:30:00.000Z');
  });

  it('changes nothing when the same event runs again', async () => {
    const { createLeadRow, run, snapshot } = await setup();
    const lead = await createLeadRow();
    await run(lead.id);
    const first = await snapshot(lead.id);
    const { result } = await run(lead.id);
    expect(await snapshot(lead.id)).toEqual(first);
    expect(result).toMatchObject({ assigned: false, notificationId: null, task: { taskId: null, created: false } });
  });

  it('keeps the owner a lead came with and leaves the round-robin turn alone', async () => {
    const { bea, createLeadRow, run, snapshot } = await setup();
    const lead = await createLeadRow({ ownerId: bea.id });
    await run(lead.id);
    const after = await snapshot(lead.id);
    expect(after.lead!.ownerId).toBe(bea.id);
    expect(after.cursor).toBeNull();
    expect(after.notifications.map((n) => n.userId)).toEqual([bea.id]);
    expect(after.tasks.map((t) => t.assigneeId)).toEqual([bea.id]);
  });

  it('with routing set to nobody: no owner, no notification, an unassigned task', async () => {
    const { org, createLeadRow, run, snapshot } = await setup();
    await testDb.db.insert(leadRoutingSettings).values({ orgId: org.id, mode: 'none' });
    const lead = await createLeadRow({ source: null });
    await run(lead.id, null);
    const after = await snapshot(lead.id);
    expect(after.lead!.ownerId).toBeNull();
    expect(after.notifications).toEqual([]);
    expect(after.tasks.map((t) => [t.title, t.assigneeId])).toEqual([['Reply to Jane Doe', null]]);
  });

  it('finishes quietly when the lead is gone, also when it is in another workspace', async () => {
    const { org, createLeadRow, run } = await setup();
    const lead = await createLeadRow();
    await testDb.db.delete(leads).where(eq(leads.id, lead.id));
    expect((await run(lead.id)).result).toEqual({ skipped: 'lead not found' });

    const other = await createCrmWorkspace(testDb.db, 'Other');
    const [foreign] = await testDb.db.insert(leads).values({ orgId: other.org.id, name: 'Foreign' }).returning();
    expect((await run(foreign!.id)).result).toEqual({ skipped: 'lead not found' });
    expect(await testDb.db.select().from(tasks).where(eq(tasks.orgId, org.id))).toEqual([]);
    expect(await testDb.db.select().from(tasks).where(eq(tasks.orgId, other.org.id))).toEqual([]);
  });
});
