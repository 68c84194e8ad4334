'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { renameThreadSchema } from '@/lib/ai/chat/thread-schemas';
import { renameThread } from '@/lib/ai/chat/threads';
import { orgAction } from '@/lib/server/safe-action';

export const renameThreadAction = orgAction
  .metadata({ name: 'rename-assistant-thread', permission: 'assistant.use' })
  .inputSchema(renameThreadSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const thread = await renameThread(ctx, { threadId: parsedInput.threadId, title: parsedInput.title });
    revalidatePath(`/app/${ctx.org.slug}/assistant`);
    return { id: thread.id, title: thread.title };
  });
