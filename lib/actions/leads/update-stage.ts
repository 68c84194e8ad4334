'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateStageSchema } from '@/lib/leads/stage-schemas';
import { updateStage } from '@/lib/leads/stages';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';

const updateStageInput = updateStageSchema.safeExtend({ orgSlug: z.string() });

// Rename inline or toggle won/lost; the stage's name and flags show on the board and in lead forms.
export const updateStageAction = orgAction
  .metadata({ name: 'update-stage', permission: 'settings.manage' })
  .inputSchema(updateStageInput)
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    try {
      const stage = await updateStage(ctx, input);
      revalidatePath(`/app/${ctx.org.slug}`, 'layout');
      return { id: stage.id, name: stage.name, isWon: stage.isWon, isLost: stage.isLost };
    } catch (error) {
      rethrowAsFieldError(updateStageInput, error);
    }
  });
