import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { tasks, type Task } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { emit } from '@/lib/jobs/events';
import { recordActivity } from '@/lib/leads/activities';
import { getLead } from '@/lib/leads/queries';
import { log } from '@/lib/log';
import { assertSameWorkspace } from '@/lib/leads/update-lead';
import { createTaskSchema, type CreateTaskInput, type UpdateTaskInput } from './schemas';

export async function getTask(db: Executor, { orgId, taskId }: { orgId: string; taskId: string }) {
  const [task] = await db.select().from(tasks).where(and(eq(tasks.id, taskId), eq(tasks.orgId, orgId)));
  if (!task) throw new AppError('not_found', 'Task not found.');
  return task;
}

async function assertRefs(ctx: Ctx, input: { assigneeId?: string | null; leadId?: string | null }) {
  if (input.assigneeId) await assertSameWorkspace(ctx.db, ctx.org.id, { ownerId: input.assigneeId }).catch(() => {
    throw new AppError('bad_request', 'The assignee must be a member of this workspace.', { details: { field: 'assigneeId' } });
  });
  if (input.leadId) await getLead(ctx.db, { orgId: ctx.org.id, leadId: input.leadId }).catch(() => {
    throw new AppError('bad_request', 'That lead does not exist in this workspace.', { details: { field: 'leadId' } });
  });
}

/** Creates a task; one linked to a lead also lands on the lead's timeline. */
export async function createTask(ctx: Ctx, rawInput: CreateTaskInput, source: Task['source'] = 'user') {
  const input = createTaskSchema.parse(rawInput);
  await assertRefs(ctx, input);
  const created = await ctx.db.transaction(async (tx) => {
    const [task] = await tx
      .insert(tasks)
      .values({
        ...input,
        orgId: ctx.org.id,
        source,
        createdById: ctx.user?.id ?? null,
        completedAt: input.status === 'completed' ? sql`now()` : null,
      })
      .returning();
    if (task!.leadId) {
      await recordActivity(tx, ctx, { leadId: task!.leadId, type: 'task_created', body: task!.title, data: { taskId: task!.id } });
      if (task!.status === 'completed') await recordActivity(tx, ctx, { leadId: task!.leadId, type: 'task_completed', body: task!.title, data: { taskId: task!.id } });
    }
    return task!;
  });
  // After the commit, so a job reading the task finds it. The task stands either way: a lost event costs the
  // assignee a notification, not the caller a task they would then create twice.
  try {
    await emit(ctx.db, 'task/created', { orgId: ctx.org.id, taskId: created.id, assigneeId: created.assigneeId, createdById: created.createdById });
  } catch (error) {
    log.error({ err: error, orgId: ctx.org.id, taskId: created.id }, 'task/created event failed');
  }
  return created;
}

/** Updates a task. Completing one stamps completed_at and records it on the linked lead's timeline. */
export async function updateTask(ctx: Ctx, { taskId, patch }: { taskId: string; patch: UpdateTaskInput }) {
  const current = await getTask(ctx.db, { orgId: ctx.org.id, taskId });
  await assertRefs(ctx, patch);
  const completing = patch.status === 'completed' && current.status !== 'completed';
  const reopening = patch.status !== undefined && patch.status !== 'completed' && current.status === 'completed';
  return ctx.db.transaction(async (tx) => {
    const [task] = await tx
      .update(tasks)
      .set({ ...patch, updatedAt: sql`now()`, ...(completing ? { completedAt: sql`now()` } : reopening ? { completedAt: null } : {}) })
      .where(and(eq(tasks.id, taskId), eq(tasks.orgId, ctx.org.id)))
      .returning();
    if (completing && task!.leadId) {
      await recordActivity(tx, ctx, { leadId: task!.leadId, type: 'task_completed', body: task!.title, data: { taskId: task!.id } });
    }
    return task!;
  });
}

export async function completeTask(ctx: Ctx, { taskId }: { taskId: string }) {
  return updateTask(ctx, { taskId, patch: { status: 'completed' } });
}

export async function deleteTask(ctx: Ctx, { taskId }: { taskId: string }) {
  const [deleted] = await ctx.db.delete(tasks).where(and(eq(tasks.id, taskId), eq(tasks.orgId, ctx.org.id))).returning({ id: tasks.id });
  if (!deleted) throw new AppError('not_found', 'Task not found.');
  return deleted;
}
