import { returnValidationErrors } from 'next-safe-action';
import type { z } from 'zod';
import { isAppError } from '@/lib/errors';

/**
 * Domain functions mark errors about one input with `details.field` (a taken slug, a wrong confirmation).
 * Inside an action, this turns such an error into a validation error on that field so the form can show
 * it next to the input; anything else is re-thrown for the action client's error handling.
 */
export function rethrowAsFieldError(schema: z.ZodObject, error: unknown): never {
  const field = isAppError(error) ? error.details?.field : undefined;
  if (isAppError(error) && typeof field === 'string' && field in schema.shape) {
    returnValidationErrors(schema, { [field]: { _errors: [error.message] } } as Parameters<typeof returnValidationErrors<typeof schema>>[1]);
  }
  throw error;
}
