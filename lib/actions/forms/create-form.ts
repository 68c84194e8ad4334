'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formInputSchema } from '@/lib/leads/forms/form-schemas';
import { createForm } from '@/lib/leads/forms/forms';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { flattenNestedErrors } from '@/lib/server/flatten-nested-errors';
import { orgAction } from '@/lib/server/safe-action';

const createFormInput = formInputSchema.extend({ orgSlug: z.string() });
type Key = keyof z.infer<typeof createFormInput>;

// Field rows are nested (fields.3.label): their messages are kept under `fields` rather than dropped.
export const createFormAction = orgAction
  .metadata({ name: 'create-form', permission: 'forms.write' })
  .inputSchema(createFormInput, { handleValidationErrorsShape: flattenNestedErrors<Key> })
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    let form: Awaited<ReturnType<typeof createForm>>;
    try {
      form = await createForm(ctx, input);
    } catch (error) {
      // A custom field that is not (or no longer) in the workspace comes back on the field list.
      rethrowAsFieldError(createFormInput, error);
    }
    revalidatePath(`/app/${ctx.org.slug}/forms`);
    return { id: form.id, name: form.name };
  });
