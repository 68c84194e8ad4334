'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { reorderStagesSchema } from '@/lib/leads/stage-schemas';
import { reorderStages } from '@/lib/leads/stages';
import { orgAction } from '@/lib/server/safe-action';

export const reorderStagesAction = orgAction
  .metadata({ name: 'reorder-stages', permission: 'settings.manage' })
  .inputSchema(reorderStagesSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const stages = await reorderStages(ctx, { stageIds: parsedInput.stageIds });
    revalidatePath(`/app/${ctx.org.slug}`, 'layout');
    return { stageIds: stages.map((stage) => stage.id) };
  });
