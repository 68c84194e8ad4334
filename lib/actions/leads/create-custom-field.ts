'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createCustomFieldSchema } from '@/lib/leads/custom-field-schemas';
import { createCustomField } from '@/lib/leads/custom-fields';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';

const createCustomFieldInput = createCustomFieldSchema.safeExtend({ orgSlug: z.string() });

export const createCustomFieldAction = orgAction
  .metadata({ name: 'create-custom-field', permission: 'settings.manage' })
  .inputSchema(createCustomFieldInput)
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    try {
      const field = await createCustomField(ctx, input);
      revalidatePath(`/app/${ctx.org.slug}/settings/fields`);
      revalidatePath(`/app/${ctx.org.slug}/leads`, 'layout');
      return { id: field.id, key: field.key, label: field.label };
    } catch (error) {
      rethrowAsFieldError(createCustomFieldInput, error);
    }
  });
