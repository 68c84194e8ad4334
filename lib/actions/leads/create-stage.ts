'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createStageSchema } from '@/lib/leads/stage-schemas';
import { createStage } from '@/lib/leads/stages';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';

const createStageInput = createStageSchema.extend({ orgSlug: z.string() });

export const createStageAction = orgAction
  .metadata({ name: 'create-stage', permission: 'settings.manage' })
  .inputSchema(createStageInput)
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    try {
      const stage = await createStage(ctx, input);
      revalidatePath(`/app/${ctx.org.slug}`, 'layout');
      return { id: stage.id, name: stage.name };
    } catch (error) {
      rethrowAsFieldError(createStageInput, error);
    }
  });
