'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { orgAction } from '@/lib/server/safe-action';
import { deleteTask } from '@/lib/tasks/tasks';

export const deleteTaskAction = orgAction
  .metadata({ name: 'delete-task', permission: 'tasks.write' })
  .inputSchema(z.object({ orgSlug: z.string(), taskId: z.uuid() }))
  .action(async ({ ctx, parsedInput }) => {
    const deleted = await deleteTask(ctx, { taskId: parsedInput.taskId });
    revalidatePath(`/app/${ctx.org.slug}/tasks`);
    return { id: deleted.id };
  });
