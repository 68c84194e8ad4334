'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { bulkUpdateLeads } from '@/lib/leads/bulk';
import { bulkUpdateLeadsSchema } from '@/lib/leads/bulk-schemas';
import { orgAction } from '@/lib/server/safe-action';

// Deleting is part of writing leads (the same role may create and remove them); the UI confirms it first.
export const bulkUpdateLeadsAction = orgAction
  .metadata({ name: 'bulk-update-leads', permission: 'leads.write' })
  .inputSchema(bulkUpdateLeadsSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { selection, operation } }) => {
    const { affected } = await bulkUpdateLeads(ctx, { selection, operation });
    revalidatePath(`/app/${ctx.org.slug}/leads`);
    if (operation.type === 'stage') revalidatePath(`/app/${ctx.org.slug}/pipeline`);
    return { affected, type: operation.type };
  });
