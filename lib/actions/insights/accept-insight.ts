'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { acceptInsight } from '@/lib/insights/decide';
import { insightDecisionSchema } from '@/lib/insights/schemas';
import { orgAction } from '@/lib/server/safe-action';

// Accepting creates the insight's follow-up tasks, so the task list is stale as well.
export const acceptInsightAction = orgAction
  .metadata({ name: 'accept-insight', permission: 'insights.act' })
  .inputSchema(insightDecisionSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const result = await acceptInsight(ctx, { insightId: parsedInput.insightId });
    revalidatePath(`/app/${ctx.org.slug}/insights`);
    revalidatePath(`/app/${ctx.org.slug}/tasks`);
    return result;
  });
