'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';
import { createTaskSchema } from '@/lib/tasks/schemas';
import { createTask } from '@/lib/tasks/tasks';

const createTaskInput = createTaskSchema.extend({ orgSlug: z.string() });

export const createTaskAction = orgAction
  .metadata({ name: 'create-task', permission: 'tasks.write' })
  .inputSchema(createTaskInput)
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    try {
      const task = await createTask(ctx, input);
      revalidatePath(`/app/${ctx.org.slug}/tasks`);
      if (task.leadId) revalidatePath(`/app/${ctx.org.slug}/leads/${task.leadId}`);
      return { id: task.id, title: task.title, leadId: task.leadId };
    } catch (error) {
      rethrowAsFieldError(createTaskInput, error);
    }
  });
