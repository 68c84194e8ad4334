'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { reopenInsight } from '@/lib/insights/decide';
import { insightDecisionSchema } from '@/lib/insights/schemas';
import { orgAction } from '@/lib/server/safe-action';

// The undo of a dismissal (the toast's "Undo" and the Dismissed tab's "Reopen").
export const reopenInsightAction = orgAction
  .metadata({ name: 'reopen-insight', permission: 'insights.act' })
  .inputSchema(insightDecisionSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const result = await reopenInsight(ctx, { insightId: parsedInput.insightId });
    revalidatePath(`/app/${ctx.org.slug}/insights`);
    return result;
  });
