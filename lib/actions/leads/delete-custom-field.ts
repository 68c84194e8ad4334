'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteCustomField } from '@/lib/leads/custom-fields';
import { orgAction } from '@/lib/server/safe-action';

// Irreversible: the domain function also removes the field's value from every lead of the workspace.
export const deleteCustomFieldAction = orgAction
  .metadata({ name: 'delete-custom-field', permission: 'settings.manage' })
  .inputSchema(z.object({ orgSlug: z.string(), fieldId: z.uuid() }))
  .action(async ({ ctx, parsedInput }) => {
    await deleteCustomField(ctx, { fieldId: parsedInput.fieldId });
    revalidatePath(`/app/${ctx.org.slug}/settings/fields`);
    revalidatePath(`/app/${ctx.org.slug}/leads`, 'layout');
    return { id: parsedInput.fieldId };
  });
