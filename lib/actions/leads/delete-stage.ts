'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteStageSchema } from '@/lib/leads/stage-schemas';
import { deleteStage } from '@/lib/leads/stages';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';

const deleteStageInput = deleteStageSchema.extend({ orgSlug: z.string() });

// The stage's leads move to `moveToStageId`, or to no stage when it is left out.
export const deleteStageAction = orgAction
  .metadata({ name: 'delete-stage', permission: 'settings.manage' })
  .inputSchema(deleteStageInput)
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    try {
      await deleteStage(ctx, input);
      revalidatePath(`/app/${ctx.org.slug}`, 'layout');
      return { id: input.stageId };
    } catch (error) {
      rethrowAsFieldError(deleteStageInput, error);
    }
  });
