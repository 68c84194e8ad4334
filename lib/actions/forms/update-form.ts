'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateFormSchema } from '@/lib/leads/forms/form-schemas';
import { updateForm } from '@/lib/leads/forms/forms';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { flattenNestedErrors } from '@/lib/server/flatten-nested-errors';
import { orgAction } from '@/lib/server/safe-action';

const updateFormInput = updateFormSchema.extend({ orgSlug: z.string() });
type Key = keyof z.infer<typeof updateFormInput>;

export const updateFormAction = orgAction
  .metadata({ name: 'update-form', permission: 'forms.write' })
  .inputSchema(updateFormInput, { handleValidationErrorsShape: flattenNestedErrors<Key> })
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    let form: Awaited<ReturnType<typeof updateForm>>;
    try {
      form = await updateForm(ctx, input);
    } catch (error) {
      rethrowAsFieldError(updateFormInput, error);
    }
    revalidatePath(`/app/${ctx.org.slug}/forms`);
    revalidatePath(`/app/${ctx.org.slug}/forms/${form.id}`);
    // The hosted page renders per request; revalidating keeps any cached render of it honest too.
    revalidatePath(`/f/${form.id}`);
    return { id: form.id, name: form.name, updatedAt: form.updatedAt.toISOString() };
  });
