import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { activities, tasks } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { createTaskAction } from './create-task';
import { updateTaskAction } from './update-task';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const taskRow = async (id: string) => (await testDb.db.select().from(tasks).where(eq(tasks.id, id)))[0];
const timelineTypes = async (leadId: string) =>
  (await testDb.db.select({ type: activities.type }).from(activities).where(eq(activities.leadId, leadId)).orderBy(activities.createdAt)).map((a) => a.type);

describe('create-task', () => {
  it('creates a task for a lead, assigned and dated, and puts it on the lead’s timeline', async () => {
    const dueAt = new Date('2030-01-02T09:00:00Z');
    const result = await createTaskAction({ orgSlug: w.a.org.slug, title: ' Send proposal ', leadId: w.a.secondLead.id, assigneeId: w.a.admin.id, dueAt, notes: '' });
    expect(result.serverError).toBeUndefined();
    expect(await taskRow(result.data!.id)).toMatchObject({ orgId: w.a.org.id, title: 'Send proposal', leadId: w.a.secondLead.id, assigneeId: w.a.admin.id, dueAt, notes: null, status: 'pending', createdById: w.a.member.id });
    expect(await timelineTypes(w.a.secondLead.id)).toEqual(['task_created']);
  });

  it('rejects a missing title and a bad due date with field errors', async () => {
    const result = await createTaskAction({ orgSlug: w.a.org.slug, title: '', dueAt: 'someday' as never });
    expect(result.validationErrors?.fieldErrors.title).toEqual(['Give the task a title.']);
    expect(result.validationErrors?.fieldErrors.dueAt).toEqual(['Enter a valid due date.']);
  });

  it("refuses another workspace's lead and assignee as field errors, creating nothing", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const lead = await createTaskAction({ orgSlug: w.b.org.slug, title: 'Steal', leadId: w.a.lead.id });
    expect(lead.validationErrors?.fieldErrors.leadId).toEqual(['That lead does not exist in this workspace.']);
    const assignee = await createTaskAction({ orgSlug: w.b.org.slug, title: 'Steal', assigneeId: w.a.member.id });
    expect(assignee.validationErrors?.fieldErrors.assigneeId).toEqual(['The assignee must be a member of this workspace.']);
    expect(await testDb.db.select().from(tasks).where(eq(tasks.orgId, w.b.org.id))).toEqual([]);
  });
});

describe('update-task', () => {
  it('completes a task (on the timeline too) and reopens it', async () => {
    const done = await updateTaskAction({ orgSlug: w.a.org.slug, taskId: w.a.task.id, patch: { status: 'completed' } });
    expect(done.data).toEqual({ id: w.a.task.id, status: 'completed', leadId: w.a.lead.id });
    expect((await taskRow(w.a.task.id))?.completedAt).toBeInstanceOf(Date);
    expect(await timelineTypes(w.a.lead.id)).toEqual(['task_created', 'task_completed']);

    const reopened = await updateTaskAction({ orgSlug: w.a.org.slug, taskId: w.a.task.id, patch: { status: 'pending' } });
    expect(reopened.data?.status).toBe('pending');
    expect((await taskRow(w.a.task.id))?.completedAt).toBeNull();
  });

  it('answers an invalid patch with its message', async () => {
    const result = await updateTaskAction({ orgSlug: w.a.org.slug, taskId: w.a.task.id, patch: { title: '' } });
    expect(result.validationErrors?.fieldErrors.patch).toEqual(['Give the task a title.']);
    const badId = await updateTaskAction({ orgSlug: w.a.org.slug, taskId: 'nope', patch: {} });
    expect(badId.validationErrors?.fieldErrors.taskId).toBeDefined();
  });

  it("answers 'not found' for another workspace's task and leaves it alone", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await updateTaskAction({ orgSlug: w.b.org.slug, taskId: w.a.task.id, patch: { status: 'completed' } });
    expect(result.serverError).toBe('Task not found.');
    expect((await taskRow(w.a.task.id))?.status).toBe('pending');
  });
});
