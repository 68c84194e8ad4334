'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { activateStrategySchema } from '@/lib/ai/strategy/strategy-schemas';
import { activateStrategy, toStrategyView } from '@/lib/ai/strategy/strategy-versions';
import { orgAction } from '@/lib/server/safe-action';

// "Make active" on an earlier version: content generation follows the active version from then on.
export const activateStrategyAction = orgAction
  .metadata({ name: 'activate-strategy', permission: 'marketing.write' })
  .inputSchema(activateStrategySchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const strategy = await activateStrategy(ctx.db, { orgId: ctx.org.id, strategyId: parsedInput.strategyId });
    revalidatePath(`/app/${ctx.org.slug}/marketing`);
    return toStrategyView(strategy);
  });
