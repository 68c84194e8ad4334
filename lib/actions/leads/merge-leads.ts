'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { mergeLeads } from '@/lib/leads/merge';
import { mergeLeadsSchema } from '@/lib/leads/merge-schemas';
import { orgAction } from '@/lib/server/safe-action';

export const mergeLeadsAction = orgAction
  .metadata({ name: 'merge-leads', permission: 'leads.write' })
  .inputSchema(mergeLeadsSchema.safeExtend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const lead = await mergeLeads(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/leads`);
    revalidatePath(`/app/${ctx.org.slug}/leads/${lead.id}`);
    return { id: lead.id, name: lead.name };
  });
