import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/** The error half of a next-safe-action result, as `useAction`'s onError hands it over. */
export type ActionError = {
  serverError?: string;
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
  thrownError?: Error;
};

const GENERIC = 'Something went wrong. Please try again.';

/**
 * Shows a failed action's errors on the form: each field error on its field (server-side checks such as
 * "address taken" land next to the input), the rest as the form's root error. Returns that root message.
 */
export function applyActionErrors<T extends FieldValues, C, O>(form: UseFormReturn<T, C, O>, error: ActionError): string | undefined {
  const fields = new Set(Object.keys(form.getValues()));
  const rest: string[] = [...(error.validationErrors?.formErrors ?? [])];
  for (const [name, messages] of Object.entries(error.validationErrors?.fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    if (fields.has(name)) form.setError(name as Path<T>, { type: 'server', message }, { shouldFocus: true });
    else rest.push(message);
  }
  if (error.serverError) rest.unshift(error.serverError);
  else if (error.thrownError && rest.length === 0) rest.push(GENERIC);
  const root = rest[0];
  if (root) form.setError('root.server' as Path<T>, { type: 'server', message: root });
  return root;
}

/** The message of an action error that has no form to land on (a row action, a confirm dialog). */
export function actionErrorMessage(error: ActionError): string {
  return (
    error.serverError ??
    error.validationErrors?.formErrors?.[0] ??
    Object.values(error.validationErrors?.fieldErrors ?? {}).find((messages) => messages?.[0])?.[0] ??
    GENERIC
  );
}
