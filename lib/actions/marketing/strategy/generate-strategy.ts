'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { generateStrategy } from '@/lib/ai/strategy/generate-strategy';
import { toStrategyView } from '@/lib/ai/strategy/strategy-versions';
import { orgAction } from '@/lib/server/safe-action';

// Writing a strategy takes one model call; the new version becomes active and the page shows it.
export const generateStrategyAction = orgAction
  .metadata({ name: 'generate-strategy', permission: 'marketing.write' })
  .inputSchema(z.object({ orgSlug: z.string() }))
  .action(async ({ ctx }) => {
    const strategy = await generateStrategy(ctx);
    revalidatePath(`/app/${ctx.org.slug}/marketing`);
    return toStrategyView(strategy);
  });
