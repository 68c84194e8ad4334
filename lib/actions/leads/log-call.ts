'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { logCallSchema } from '@/lib/leads/activity-schemas';
import { logCall } from '@/lib/leads/log-activity';
import { orgAction } from '@/lib/server/safe-action';

export const logCallAction = orgAction
  .metadata({ name: 'log-call', permission: 'leads.write' })
  .inputSchema(logCallSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const activity = await logCall(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/leads/${input.leadId}`);
    return { id: activity.id };
  });
