'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteForm } from '@/lib/leads/forms/forms';
import { orgAction } from '@/lib/server/safe-action';

export const deleteFormAction = orgAction
  .metadata({ name: 'delete-form', permission: 'forms.write' })
  .inputSchema(z.object({ orgSlug: z.string(), formId: z.uuid() }))
  .action(async ({ ctx, parsedInput }) => {
    const deleted = await deleteForm(ctx, { formId: parsedInput.formId });
    revalidatePath(`/app/${ctx.org.slug}/forms`);
    revalidatePath(`/f/${deleted.id}`);
    return { id: deleted.id };
  });
