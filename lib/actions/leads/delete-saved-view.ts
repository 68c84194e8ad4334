'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteSavedView } from '@/lib/leads/saved-views';
import { orgAction } from '@/lib/server/safe-action';

export const deleteSavedViewAction = orgAction
  .metadata({ name: 'delete-saved-view', permission: 'leads.read' })
  .inputSchema(z.object({ orgSlug: z.string(), viewId: z.uuid() }))
  .action(async ({ ctx, parsedInput }) => {
    const deleted = await deleteSavedView(ctx, { viewId: parsedInput.viewId });
    revalidatePath(`/app/${ctx.org.slug}/leads`);
    return { id: deleted.id };
  });
