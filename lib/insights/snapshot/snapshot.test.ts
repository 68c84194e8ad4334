import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/db';
import { createScanWorkspace, DAY, HOUR, insertActivity, insertLead, insertPost, insertTask } from '@/tests/helpers/insight-scan';
import { loadHotLeads } from './hot-leads';
import { loadLowContentOutput } from './low-content-output';
import { loadPipelineStages } from './pipeline-stages';
import { loadStaleLeads } from './stale-leads';
import { loadTaskBacklog } from './task-backlog';

const testDb = setupTestDatabase();
const now = new Date(Date.now() + 30 * DAY);
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('insight snapshot queries', () => {
  it('stale leads: open leads by last activity, else creation, oldest first, with the full count', async () => {
    const { org, stage } = await createScanWorkspace(testDb.db);
    const other = await createScanWorkspace(testDb.db, 'Other');
    await insertLead(testDb.db, org.id, { name: 'Idle', stageId: stage('New').id, lastActivityAt: ago(10 * DAY), createdAt: ago(40 * DAY) });
    await insertLead(testDb.db, org.id, { name: 'Never touched', createdAt: ago(20 * DAY) });
    await insertLead(testDb.db, org.id, { name: 'Edge', lastActivityAt: ago(7 * DAY), createdAt: ago(40 * DAY) });
    await insertLead(testDb.db, org.id, { name: 'Recent', lastActivityAt: ago(6 * DAY), createdAt: ago(40 * DAY) });
    await insertLead(testDb.db, org.id, { name: 'New', createdAt: ago(2 * DAY) });
    await insertLead(testDb.db, org.id, { name: 'Won', stageId: stage('Won').id, lastActivityAt: ago(30 * DAY) });
    await insertLead(testDb.db, other.org.id, { name: 'Elsewhere', lastActivityAt: ago(30 * DAY) });

    const snapshot = await loadStaleLeads(testDb.db, { orgId: org.id, now, threshold: 7 });
    expect(snapshot.total).toBe(3);
    expect(snapshot.leads.map((lead) => lead.name)).toEqual(['Never touched', 'Idle', 'Edge']);
    expect(snapshot.leads[0]!.createdAt).toBeInstanceOf(Date);
    expect((await loadStaleLeads(testDb.db, { orgId: org.id, now, threshold: 15 })).total).toBe(1);
  });

  it('task backlog: open tasks due before now, longest overdue first', async () => {
    const { org } = await createScanWorkspace(testDb.db);
    await insertTask(testDb.db, org.id, { title: 'Late', dueAt: ago(2 * DAY) });
    await insertTask(testDb.db, org.id, { title: 'Later', dueAt: ago(5 * DAY), status: 'in_progress' });
    await insertTask(testDb.db, org.id, { title: 'Done', dueAt: ago(5 * DAY), status: 'completed' });
    await insertTask(testDb.db, org.id, { title: 'Upcoming', dueAt: new Date(now.getTime() + HOUR) });
    await insertTask(testDb.db, org.id, { title: 'Undated' });
    const snapshot = await loadTaskBacklog(testDb.db, { orgId: org.id, now, threshold: 5 });
    expect(snapshot.total).toBe(2);
    expect(snapshot.tasks.map((task) => task.title)).toEqual(['Later', 'Late']);
  });

  it('low content output: posts of the last 7 days, and whether there ever was one', async () => {
    const { org } = await createScanWorkspace(testDb.db);
    expect(await loadLowContentOutput(testDb.db, { orgId: org.id, now, threshold: 3 })).toEqual({ hasAnyPost: false, postsLast7Days: 0 });
    await insertPost(testDb.db, org.id, ago(10 * DAY));
    await insertPost(testDb.db, org.id, ago(2 * DAY));
    expect(await loadLowContentOutput(testDb.db, { orgId: org.id, now, threshold: 3 })).toEqual({ hasAnyPost: true, postsLast7Days: 1 });
  });

  it('hot leads: owned, scoring the threshold, older than a day, with no entry by their owner in the last day', async () => {
    const { org, owner, member, stage } = await createScanWorkspace(testDb.db);
    const base = { ownerId: member.id, score: 80, createdAt: ago(3 * DAY) };
    const ignored = await insertLead(testDb.db, org.id, { ...base, name: 'Ignored' });
    const othersTouched = await insertLead(testDb.db, org.id, { ...base, name: 'Others touched', score: 90 });
    const attended = await insertLead(testDb.db, org.id, { ...base, name: 'Attended' });
    await insertLead(testDb.db, org.id, { ...base, name: 'Cold', score: 69 });
    await insertLead(testDb.db, org.id, { ...base, name: 'Fresh', createdAt: ago(2 * HOUR) });
    await insertLead(testDb.db, org.id, { ...base, name: 'Unowned', ownerId: null });
    await insertLead(testDb.db, org.id, { ...base, name: 'Lost', stageId: stage('Lost').id });
    await insertActivity(testDb.db, org.id, { leadId: ignored.id, type: 'call', actorType: 'user', actorUserId: member.id, occurredAt: ago(2 * DAY) });
    await insertActivity(testDb.db, org.id, { leadId: othersTouched.id, type: 'note', actorType: 'user', actorUserId: owner.id, occurredAt: ago(HOUR) });
    await insertActivity(testDb.db, org.id, { leadId: attended.id, type: 'call', actorType: 'user', actorUserId: member.id, occurredAt: ago(HOUR) });

    const snapshot = await loadHotLeads(testDb.db, { orgId: org.id, now, threshold: 70 });
    expect(snapshot.total).toBe(2);
    expect(snapshot.leads.map((lead) => [lead.name, lead.lastOwnerActivityAt?.toISOString() ?? null])).toEqual([
      ['Others touched', null],
      ['Ignored', ago(2 * DAY).toISOString()],
    ]);
    expect(snapshot.leads[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("hot leads: another workspace's activity rows never count as the owner's attention", async () => {
    const { org, member } = await createScanWorkspace(testDb.db);
    const other = await createScanWorkspace(testDb.db, 'Other');
    const hot = await insertLead(testDb.db, org.id, { name: 'Hot', ownerId: member.id, score: 90, createdAt: ago(3 * DAY) });
    // A row of the other workspace pointing at this lead (the foreign key does not check the workspace).
    await insertActivity(testDb.db, other.org.id, { leadId: hot.id, type: 'call', actorType: 'user', actorUserId: member.id, occurredAt: ago(HOUR) });
    const snapshot = await loadHotLeads(testDb.db, { orgId: org.id, now, threshold: 70 });
    expect(snapshot.leads.map((lead) => [lead.name, lead.lastOwnerActivityAt])).toEqual([['Hot', null]]);
  });

  it('pipeline stages: open stages whose newest arrival is the threshold old, with their lead count', async () => {
    const { org, stage } = await createScanWorkspace(testDb.db);
    await insertLead(testDb.db, org.id, { name: 'A', stageId: stage('Proposal').id, stageChangedAt: ago(30 * DAY) });
    await insertLead(testDb.db, org.id, { name: 'B', stageId: stage('Proposal').id, stageChangedAt: ago(15 * DAY) });
    await insertLead(testDb.db, org.id, { name: 'C', stageId: stage('Qualified').id, stageChangedAt: ago(30 * DAY) });
    await insertLead(testDb.db, org.id, { name: 'D', stageId: stage('Qualified').id, stageChangedAt: ago(DAY) });
    await insertLead(testDb.db, org.id, { name: 'E', stageId: stage('Won').id, stageChangedAt: ago(90 * DAY) });

    const snapshot = await loadPipelineStages(testDb.db, { orgId: org.id, now, threshold: 14 });
    expect(snapshot.stages).toEqual([
      { id: stage('Proposal').id, name: 'Proposal', isWon: false, isLost: false, leadCount: 2, lastMovedAt: ago(15 * DAY) },
    ]);
    expect((await loadPipelineStages(testDb.db, { orgId: org.id, now, threshold: 16 })).stages).toEqual([]);
  });
});
