'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { dismissInsight } from '@/lib/insights/decide';
import { insightDecisionSchema } from '@/lib/insights/schemas';
import { orgAction } from '@/lib/server/safe-action';

export const dismissInsightAction = orgAction
  .metadata({ name: 'dismiss-insight', permission: 'insights.act' })
  .inputSchema(insightDecisionSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const result = await dismissInsight(ctx, { insightId: parsedInput.insightId });
    revalidatePath(`/app/${ctx.org.slug}/insights`);
    return result;
  });
