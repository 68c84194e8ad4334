'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createThread } from '@/lib/ai/chat/threads';
import { orgAction } from '@/lib/server/safe-action';

export const createThreadAction = orgAction
  .metadata({ name: 'create-assistant-thread', permission: 'assistant.use' })
  .inputSchema(z.object({ orgSlug: z.string() }))
  .action(async ({ ctx }) => {
    const thread = await createThread(ctx);
    revalidatePath(`/app/${ctx.org.slug}/assistant`);
    return { id: thread.id };
  });
