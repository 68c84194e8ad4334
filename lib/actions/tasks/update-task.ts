'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { flattenNestedErrors } from '@/lib/server/flatten-nested-errors';
import { orgAction } from '@/lib/server/safe-action';
import { updateTaskSchema } from '@/lib/tasks/schemas';
import { updateTask } from '@/lib/tasks/tasks';

// Completing or reopening is a patch of { status }; completing also lands on the linked lead's timeline.
export const updateTaskAction = orgAction
  .metadata({ name: 'update-task', permission: 'tasks.write' })
  .inputSchema(z.object({ orgSlug: z.string(), taskId: z.uuid(), patch: updateTaskSchema }), {
    handleValidationErrorsShape: flattenNestedErrors<'orgSlug' | 'taskId' | 'patch'>,
  })
  .action(async ({ ctx, parsedInput }) => {
    const task = await updateTask(ctx, { taskId: parsedInput.taskId, patch: parsedInput.patch });
    revalidatePath(`/app/${ctx.org.slug}/tasks`);
    if (task.leadId) revalidatePath(`/app/${ctx.org.slug}/leads/${task.leadId}`);
    return { id: task.id, status: task.status, leadId: task.leadId };
  });
