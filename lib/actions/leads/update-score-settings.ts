'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateScoreSettings } from '@/lib/leads/score-settings';
import { updateScoreSettingsSchema } from '@/lib/leads/score-settings-schemas';
import { orgAction } from '@/lib/server/safe-action';

export const updateScoreSettingsAction = orgAction
  .metadata({ name: 'update-score-settings', permission: 'settings.manage' })
  .inputSchema(updateScoreSettingsSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const result = await updateScoreSettings(ctx, { halfLifeDays: parsedInput.halfLifeDays });
    revalidatePath(`/app/${ctx.org.slug}/settings/fields`);
    // Scores changed on every recently active lead: lists, board and lead pages are stale.
    revalidatePath(`/app/${ctx.org.slug}`, 'layout');
    return result;
  });
