'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateInsightRuleSetting } from '@/lib/insights/settings';
import { updateInsightRuleSettingSchema } from '@/lib/insights/settings-schemas';
import { orgAction } from '@/lib/server/safe-action';

// safeExtend keeps the schema's range check, which reports on `threshold` with the rule's own bounds.
export const updateInsightRuleSettingAction = orgAction
  .metadata({ name: 'update-insight-rule-setting', permission: 'insights.manage' })
  .inputSchema(updateInsightRuleSettingSchema.safeExtend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const saved = await updateInsightRuleSetting(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/insights/settings`);
    return saved;
  });
