'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { saveView, saveViewSchema } from '@/lib/leads/saved-views';
import { orgAction } from '@/lib/server/safe-action';

// Views are private to their owner and change no lead, so reading leads is enough to keep one.
export const saveViewAction = orgAction
  .metadata({ name: 'save-view', permission: 'leads.read' })
  .inputSchema(saveViewSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const view = await saveView(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/leads`);
    return { id: view.id, name: view.name };
  });
