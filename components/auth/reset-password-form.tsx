'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { resetPasswordAction } from '@/lib/actions/auth/reset-password';
import { resetPasswordSchema } from '@/lib/auth/account-schemas';
import { PASSWORD_MIN } from '@/lib/auth/password-policy';
import { applyActionErrors } from '@/lib/forms/field-errors';

// The token comes from the link, not from a field: its errors (a mangled link) land in the form's root error.
const passwordOnlySchema = resetPasswordSchema.pick({ password: true });

/** A new password for the account the reset link belongs to; success goes to /sign-in?reset=1. */
export function ResetPasswordForm({ token }: { token: string }) {
  const form = useForm({ resolver: zodResolver(passwordOnlySchema), defaultValues: { password: '' } });
  const { execute, isPending, hasNavigated } = useAction(resetPasswordAction, {
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const busy = isPending || hasNavigated;

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ token, password: values.password }))} className="grid gap-4" noValidate>
        <TextField
          control={form.control}
          name="password"
          label="New password"
          type="password"
          autoComplete="new-password"
          autoFocus
          description={<>At least {PASSWORD_MIN} characters. Signing in everywhere else ends when you save it.</>}
        />
        <FormRootError control={form.control} />
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save new password'}
        </Button>
      </form>
    </Form>
  );
}
