'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateCustomFieldSchema } from '@/lib/leads/custom-field-schemas';
import { updateCustomField } from '@/lib/leads/custom-fields';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';

const updateCustomFieldInput = updateCustomFieldSchema.extend({ orgSlug: z.string() });

export const updateCustomFieldAction = orgAction
  .metadata({ name: 'update-custom-field', permission: 'settings.manage' })
  .inputSchema(updateCustomFieldInput)
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    try {
      const field = await updateCustomField(ctx, input);
      revalidatePath(`/app/${ctx.org.slug}/settings/fields`);
      revalidatePath(`/app/${ctx.org.slug}/leads`, 'layout');
      return { id: field.id, label: field.label, options: field.options };
    } catch (error) {
      rethrowAsFieldError(updateCustomFieldInput, error);
    }
  });
