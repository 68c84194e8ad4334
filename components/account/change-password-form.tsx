'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { changePasswordAction } from '@/lib/actions/auth/change-password';
import { changePasswordSchema } from '@/lib/auth/account-schemas';
import { PASSWORD_MIN } from '@/lib/auth/password-policy';
import { applyActionErrors } from '@/lib/forms/field-errors';

/** Success signs the user out everywhere (this browser included) and lands on /sign-in?reset=1. */
export function ChangePasswordForm() {
  const form = useForm({ resolver: zodResolver(changePasswordSchema), defaultValues: { currentPassword: '', newPassword: '' } });
  const { execute, isPending, hasNavigated } = useAction(changePasswordAction, {
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const busy = isPending || hasNavigated;

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute(values))} className="grid gap-4" noValidate>
        <TextField control={form.control} name="currentPassword" label="Current password" type="password" autoComplete="current-password" />
        <TextField
          control={form.control}
          name="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          description={<>At least {PASSWORD_MIN} characters. Saving it signs you out on every device, this one too.</>}
        />
        <FormRootError control={form.control} />
        <Button type="submit" disabled={busy} className="justify-self-start">
          {busy ? 'Saving…' : 'Change password'}
        </Button>
      </form>
    </Form>
  );
}
