'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteLead } from '@/lib/leads/update-lead';
import { orgAction } from '@/lib/server/safe-action';

export const deleteLeadAction = orgAction
  .metadata({ name: 'delete-lead', permission: 'leads.write' })
  .inputSchema(z.object({ orgSlug: z.string(), leadId: z.uuid() }))
  .action(async ({ ctx, parsedInput }) => {
    const deleted = await deleteLead(ctx, { leadId: parsedInput.leadId });
    revalidatePath(`/app/${ctx.org.slug}/leads`);
    return { id: deleted.id };
  });
