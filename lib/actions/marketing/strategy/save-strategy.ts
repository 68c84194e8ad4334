'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { saveManualStrategy } from '@/lib/ai/strategy/generate-strategy';
import { saveStrategySchema } from '@/lib/ai/strategy/strategy-schemas';
import { toStrategyView } from '@/lib/ai/strategy/strategy-versions';
import { flattenNestedErrors } from '@/lib/server/flatten-nested-errors';
import { orgAction } from '@/lib/server/safe-action';

const saveStrategyInput = saveStrategySchema.extend({ orgSlug: z.string() });

// A hand edit never overwrites a version: it is saved as the next one and made active.
export const saveStrategyAction = orgAction
  .metadata({ name: 'save-strategy', permission: 'marketing.write' })
  .inputSchema(saveStrategyInput, { handleValidationErrorsShape: flattenNestedErrors<keyof z.infer<typeof saveStrategyInput>> })
  .action(async ({ ctx, parsedInput }) => {
    const strategy = await saveManualStrategy(ctx, { plan: parsedInput.plan });
    revalidatePath(`/app/${ctx.org.slug}/marketing`);
    return toStrategyView(strategy);
  });
