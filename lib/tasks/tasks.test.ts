import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, tasks } from '@/db/schema';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addMember, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { listLeadTasks, listMyTasks, listTasks } from './queries';
import { listTasksQuerySchema, updateTaskSchema } from './schemas';
import { completeTask, createTask, deleteTask, getTask, updateTask } from './tasks';

const testDb = setupTestDatabase();

async function setup() {
  const ws = await createCrmWorkspace(testDb.db);
  const member = await createTestUser(testDb.db, { name: 'Member' });
  await addMember(testDb.db, ws.org, member, 'member');
  const { lead } = await createLead(testDb.db, { orgId: ws.org.id, input: { name: 'Task Lead' } });
  return { ...ws, member, lead };
}
const timeline = (leadId: string) => testDb.db.select().from(activities).where(eq(activities.leadId, leadId)).orderBy(activities.createdAt);

describe('createTask / updateTask / completeTask', () => {
  it('a task on a lead lands on its timeline; one without a lead does not', async () => {
    const { ctx, lead, member, owner } = await setup();
    const task = await createTask(ctx, { title: ' Send proposal ', leadId: lead.id, assigneeId: member.id, dueAt: '2026-03-10T09:00:00Z', notes: '' });
    expect(task).toMatchObject({ title: 'Send proposal', status: 'pending', source: 'user', createdById: owner.id, assigneeId: member.id, notes: null, completedAt: null });
    expect(task.dueAt!.toISOString()).toBe('2026-03-10T09:00:00.000Z');
    const entries = await timeline(lead.id);
    expect(entries.map((e) => [e.type, e.body, e.data])).toEqual([['task_created', 'Send proposal', { taskId: task.id }]]);
    await createTask(ctx, { title: 'Unlinked' });
    expect(await timeline(lead.id)).toHaveLength(1);
  });

  it('completing stamps completedAt and records it once; reopening clears it', async () => {
    const { ctx, lead } = await setup();
    const task = await createTask(ctx, { title: 'Call back', leadId: lead.id });
    const done = await completeTask(ctx, { taskId: task.id });
    expect(done.status).toBe('completed');
    expect(done.completedAt).toBeInstanceOf(Date);
    await completeTask(ctx, { taskId: task.id });
    expect((await timeline(lead.id)).map((e) => e.type)).toEqual(['task_created', 'task_completed']);

    const reopened = await updateTask(ctx, { taskId: task.id, patch: updateTaskSchema.parse({ status: 'pending' }) });
    expect(reopened).toMatchObject({ status: 'pending', completedAt: null });
    const edited = await updateTask(ctx, { taskId: task.id, patch: updateTaskSchema.parse({ title: 'Call back Monday', notes: '', dueAt: null }) });
    expect(edited).toMatchObject({ title: 'Call back Monday', notes: null, dueAt: null, status: 'pending', completedAt: null });
  });

  it('a task created as completed has completedAt', async () => {
    const { ctx } = await setup();
    expect((await createTask(ctx, { title: 'Already done', status: 'completed' })).completedAt).toBeInstanceOf(Date);
  });

  it("refuses another workspace's assignee or lead with bad_request on that field", async () => {
    const { ctx, lead } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const { lead: foreignLead } = await createLead(testDb.db, { orgId: other.org.id, input: { name: 'Foreign' } });
    const cases = [
      [() => createTask(ctx, { title: 'x', assigneeId: other.owner.id }), 'assigneeId'],
      [() => createTask(ctx, { title: 'x', leadId: foreignLead.id }), 'leadId'],
    ] as const;
    for (const [attempt, field] of cases) expect((await expectAppError(attempt(), 'bad_request')).details?.field).toBe(field);
    const task = await createTask(ctx, { title: 'Mine', leadId: lead.id });
    expect((await expectAppError(updateTask(ctx, { taskId: task.id, patch: { assigneeId: other.owner.id } }), 'bad_request')).details?.field).toBe('assigneeId');
    expect((await expectAppError(updateTask(ctx, { taskId: task.id, patch: { leadId: foreignLead.id } }), 'bad_request')).details?.field).toBe('leadId');
    expect((await getTask(testDb.db, { orgId: ctx.org.id, taskId: task.id })).leadId).toBe(lead.id);
    expect(await timeline(foreignLead.id)).toEqual([]);
  });

  it("answers not_found for another workspace's task and leaves it alone", async () => {
    const { ctx, org } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const task = await createTask(ctx, { title: 'Private' });
    await expectAppError(getTask(testDb.db, { orgId: other.org.id, taskId: task.id }), 'not_found');
    await expectAppError(updateTask(other.ctx, { taskId: task.id, patch: { title: 'Stolen' } }), 'not_found');
    await expectAppError(completeTask(other.ctx, { taskId: task.id }), 'not_found');
    await expectAppError(deleteTask(other.ctx, { taskId: task.id }), 'not_found');
    expect(await getTask(testDb.db, { orgId: org.id, taskId: task.id })).toMatchObject({ title: 'Private', status: 'pending' });
    expect(await deleteTask(ctx, { taskId: task.id })).toEqual({ id: task.id });
    expect(await testDb.db.select().from(tasks).where(eq(tasks.id, task.id))).toEqual([]);
  });
});

describe('listTasks', () => {
  it('filters by status, assignee, lead and source, and pages without gaps', async () => {
    const { ctx, org, lead, member } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    await createTask(other.ctx, { title: 'Elsewhere' });
    await testDb.db.insert(tasks).values(Array.from({ length: 6 }, (_, i) => ({ orgId: org.id, title: `Batch ${i}`, source: 'insight' as const })));
    const linked = await createTask(ctx, { title: 'Linked', leadId: lead.id, assigneeId: member.id, status: 'in_progress' });
    const done = await createTask(ctx, { title: 'Done', status: 'completed', assigneeId: member.id });
    const list = async (input: Record<string, unknown>) => (await listTasks(testDb.db, { orgId: org.id, ...listTasksQuerySchema.parse(input) })).items.map((t) => t.title);

    expect(await list({ status: 'completed' })).toEqual(['Done']);
    expect(await list({ status: 'in_progress,completed' })).toEqual(['Done', 'Linked']);
    expect(await list({ assigneeId: member.id })).toEqual(['Done', 'Linked']);
    expect(await list({ leadId: lead.id })).toEqual(['Linked']);
    expect((await list({ source: 'insight' })).sort()).toEqual(['Batch 0', 'Batch 1', 'Batch 2', 'Batch 3', 'Batch 4', 'Batch 5']);
    const [first] = (await listTasks(testDb.db, { orgId: org.id, ...listTasksQuerySchema.parse({ leadId: lead.id }) })).items;
    expect(first).toMatchObject({ id: linked.id, leadName: 'Task Lead', assigneeName: 'Member' });
    expect(listTasksQuerySchema.safeParse({ status: 'pending,archived' }).success).toBe(false);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listTasks(testDb.db, { orgId: org.id, ...listTasksQuerySchema.parse({ limit: 3, cursor }) });
      seen.push(...page.items.map((t) => t.id));
      await createTask(ctx, { title: 'Arrived meanwhile' });
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen.slice(0, 2)).toEqual([done.id, linked.id]);
    await expectAppError(listTasks(testDb.db, { orgId: org.id, ...listTasksQuerySchema.parse({ cursor: 'bogus' }) }), 'bad_request');
  });

  it('listLeadTasks shows open tasks first', async () => {
    const { ctx, org, lead } = await setup();
    const closed = await createTask(ctx, { title: 'Closed', leadId: lead.id, dueAt: '2026-01-01T00:00:00Z' });
    await completeTask(ctx, { taskId: closed.id });
    await createTask(ctx, { title: 'Open later', leadId: lead.id, dueAt: '2026-02-01T00:00:00Z' });
    await createTask(ctx, { title: 'Open soon', leadId: lead.id, dueAt: '2026-01-15T00:00:00Z' });
    expect((await listLeadTasks(testDb.db, { orgId: org.id, leadId: lead.id })).map((t) => t.title)).toEqual(['Open soon', 'Open later', 'Closed']);
    const other = await createCrmWorkspace(testDb.db, 'Other');
    expect(await listLeadTasks(testDb.db, { orgId: other.org.id, leadId: lead.id })).toEqual([]);
  });
});

describe('listMyTasks', () => {
  it('buckets open tasks into overdue, today, upcoming and undated in the viewer’s time zone', async () => {
    const { ctx, org, member, owner } = await setup();
    const memberCtx = ctxFor(testDb.db, org, member, 'member');
    const mine = (title: string, dueAt?: string, status?: 'in_progress' | 'completed') => createTask(memberCtx, { title, dueAt, status, assigneeId: member.id });
    await mine('A', '2026-03-10T21:00:00Z');
    await mine('B', '2026-03-11T03:00:00Z', 'in_progress');
    await mine('C', '2026-03-10T04:00:00Z');
    await mine('D', '2026-03-12T12:00:00Z');
    await mine('E');
    await mine('I', '2026-03-11T23:00:00Z');
    await mine('J', '2026-03-11T00:00:00Z');
    await mine('Finished', '2026-03-09T00:00:00Z', 'completed');
    await createTask(ctx, { title: 'Owner’s', assigneeId: owner.id, dueAt: '2026-03-10T12:00:00Z' });
    const other = await createCrmWorkspace(testDb.db, 'Other');
    await addMember(testDb.db, other.org, member, 'member');
    await createTask(ctxFor(testDb.db, other.org, member, 'member'), { title: 'Other workspace', assigneeId: member.id, dueAt: '2026-03-10T12:00:00Z' });

    const now = new Date('2026-03-10T23:30:00Z');
    const buckets = async (timezoneOffsetMinutes: number) => {
      const result = await listMyTasks(testDb.db, { orgId: org.id, userId: member.id, now, timezoneOffsetMinutes });
      return Object.fromEntries(Object.entries(result).map(([name, list]) => [name, list.map((t) => t.title)]));
    };
    // UTC: today is 10 March.
    expect(await buckets(0)).toEqual({ overdue: [], today: ['C', 'A'], upcoming: ['J', 'B', 'I', 'D'], undated: ['E'] });
    // UTC+2 (offset -120): it is already 01:30 on 11 March; today starts at 10 March 22:00 UTC.
    expect(await buckets(-120)).toEqual({ overdue: ['C', 'A'], today: ['J', 'B'], upcoming: ['I', 'D'], undated: ['E'] });
    // UTC+5:30 (offset -330): 11 March 05:00 local; today is 10 March 18:30 UTC to 11 March 18:30 UTC.
    expect(await buckets(-330)).toEqual({ overdue: ['C'], today: ['A', 'J', 'B'], upcoming: ['I', 'D'], undated: ['E'] });
    // UTC-5 (offset 300): still 18:30 on 10 March; today is 10 March 05:00 UTC to 11 March 05:00 UTC.
    expect(await buckets(300)).toEqual({ overdue: ['C'], today: ['A', 'J', 'B'], upcoming: ['I', 'D'], undated: ['E'] });
  });
});
