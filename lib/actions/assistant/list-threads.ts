'use server';

import { z } from 'zod';
import { listThreadsSchema } from '@/lib/ai/chat/thread-schemas';
import { listThreadsPage } from '@/lib/ai/chat/threads';
import { orgAction } from '@/lib/server/safe-action';

// Read-only: the chat list's "Show older chats" fetches the next page through this.
export const listThreadsAction = orgAction
  .metadata({ name: 'list-assistant-threads', permission: 'assistant.use' })
  .inputSchema(listThreadsSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const page = await listThreadsPage(ctx, { cursor: parsedInput.cursor });
    return { items: page.items.map((thread) => ({ id: thread.id, title: thread.title, updatedAt: thread.updatedAt.toISOString() })), nextCursor: page.nextCursor };
  });
