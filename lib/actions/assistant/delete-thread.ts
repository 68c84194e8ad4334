'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { threadIdSchema } from '@/lib/ai/chat/thread-schemas';
import { deleteThread } from '@/lib/ai/chat/threads';
import { orgAction } from '@/lib/server/safe-action';

export const deleteThreadAction = orgAction
  .metadata({ name: 'delete-assistant-thread', permission: 'assistant.use' })
  .inputSchema(threadIdSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const thread = await deleteThread(ctx, { threadId: parsedInput.threadId });
    revalidatePath(`/app/${ctx.org.slug}/assistant`);
    return { id: thread.id };
  });
