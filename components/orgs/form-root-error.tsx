'use client';

import { useFormState, type Control, type FieldValues } from 'react-hook-form';

/** The error of a whole form (rate limit, permission, server trouble), announced to screen readers. */
export function FormRootError<T extends FieldValues, C, O>({ control }: { control: Control<T, C, O> }) {
  const { errors } = useFormState({ control });
  const message = errors.root?.server?.message;
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
      {message}
    </p>
  );
}
