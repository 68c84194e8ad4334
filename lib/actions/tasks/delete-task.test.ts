import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { revalidatePath } from 'next/cache';
import { tasks } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { deleteTaskAction } from './delete-task';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const taskExists = async (taskId: string) => (await testDb.db.select({ id: tasks.id }).from(tasks).where(eq(tasks.id, taskId))).length === 1;

describe('delete-task', () => {
  it('deletes the task and refreshes the task list', async () => {
    const result = await deleteTaskAction({ orgSlug: w.a.org.slug, taskId: w.a.task.id });
    expect(result.data).toEqual({ id: w.a.task.id });
    expect(await taskExists(w.a.task.id)).toBe(false);
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith(`/app/${w.a.org.slug}/tasks`);
  });

  it('rejects a malformed id as a field error', async () => {
    const result = await deleteTaskAction({ orgSlug: w.a.org.slug, taskId: 'nope' });
    expect(result.validationErrors?.fieldErrors.taskId).toBeDefined();
  });

  it("answers not found for another workspace's task and leaves it alone", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const result = await deleteTaskAction({ orgSlug: w.b.org.slug, taskId: w.a.task.id });
    expect(result.serverError).toBe('Task not found.');
    expect(await taskExists(w.a.task.id)).toBe(true);
  });
});
