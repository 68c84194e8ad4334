import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { notifications } from '@/db/schema';
import { emit } from '@/lib/jobs/events';
import { createLead } from '@/lib/leads/create-lead';
import { createTask } from '@/lib/tasks/tasks';
import { setupTestDatabase } from '@/tests/db';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addMember, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { runEventJob } from '@/tests/helpers/jobs';
import { TASK_ASSIGNED_NOTIFY_JOB } from './jobs';

// The event is checked as createTask hands it over; the job is then run on that payload directly.
vi.mock('@/lib/jobs/events', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/jobs/events')>()), emit: vi.fn() }));
const emitted = vi.mocked(emit);
const testDb = setupTestDatabase();

async function setup() {
  const crm = await createCrmWorkspace(testDb.db, 'Acme');
  const member = await createTestUser(testDb.db, { name: 'Mia Member' });
  await addMember(testDb.db, crm.org, member, 'member');
  const { lead } = await createLead(testDb.db, { orgId: crm.org.id, input: { name: 'Lena Lead', email: `lena-${crm.org.slug}@example.test` } });
  return { ...crm, member, lead };
}

async function createAndRun(ctx: Parameters<typeof createTask>[0], input: Parameters<typeof createTask>[1]) {
  emitted.mockClear();
  const task = await createTask(ctx, input);
  expect(emitted).toHaveBeenCalledWith(ctx.db, 'task/created', { orgId: ctx.org.id, taskId: task.id, assigneeId: task.assigneeId, createdById: ctx.user!.id });
  const payload = emitted.mock.calls[0]![2] as Parameters<typeof TASK_ASSIGNED_NOTIFY_JOB.handler>[0]['event']['data'];
  return { task, payload, run: () => runEventJob(testDb.db, TASK_ASSIGNED_NOTIFY_JOB, payload) };
}

const notificationsOf = (userId: string) => testDb.db.select().from(notifications).where(eq(notifications.userId, userId));

describe('task-assigned-notify', () => {
  it("notifies the assignee of a task someone else created, linking to the task's lead, once however often it runs", async () => {
    const { ctx, org, member, lead } = await setup();
    const { task, run } = await createAndRun(ctx, { title: 'Call Lena', leadId: lead.id, assigneeId: member.id });
    const first = await run();
    expect(first.result).toEqual({ notificationId: expect.any(String) });
    const replay = await run();
    expect(replay.result).toEqual({ notificationId: null });

    const rows = await notificationsOf(member.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      orgId: org.id,
      type: 'task_assigned',
      title: 'New task: Call Lena',
      body: 'Acme owner assigned you a task about Lena Lead.',
      href: `/app/${org.slug}/leads/${lead.id}`,
      dedupeKey: `task-assigned:${task.id}`,
      readAt: null,
    });
  });

  it('links a task without a lead to the task list (which opens on “my tasks”)', async () => {
    const { ctx, org, member } = await setup();
    const { run } = await createAndRun(ctx, { title: 'Prepare pricing', assigneeId: member.id });
    await run();
    expect((await notificationsOf(member.id))[0]?.href).toBe(`/app/${org.slug}/tasks`);
  });

  it('stays quiet for a task one assigns oneself or leaves unassigned', async () => {
    const { ctx, owner, org, member } = await setup();
    const self = await createAndRun(ctx, { title: 'My own', assigneeId: owner.id });
    expect((await self.run()).result).toEqual({ notificationId: null });
    const nobody = await createAndRun(ctxFor(testDb.db, org, member, 'member'), { title: 'Anyone' });
    expect((await nobody.run()).result).toEqual({ notificationId: null });
    expect(await notificationsOf(owner.id)).toEqual([]);
    expect(await notificationsOf(member.id)).toEqual([]);
  });

  it('stores nothing when the task was reassigned before the job ran', async () => {
    const { ctx, member, org } = await setup();
    const other = await createTestUser(testDb.db);
    await addMember(testDb.db, org, other, 'member');
    const { payload } = await createAndRun(ctx, { title: 'Moved', assigneeId: member.id });
    await runEventJob(testDb.db, TASK_ASSIGNED_NOTIFY_JOB, { ...payload, assigneeId: other.id });
    expect(await notificationsOf(other.id)).toEqual([]);
  });
});
