'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { requestPasswordResetAction } from '@/lib/actions/auth/request-password-reset';
import { requestPasswordResetSchema } from '@/lib/auth/account-schemas';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { AuthNotice } from './auth-notice';

export function RequestResetForm() {
  const form = useForm({ resolver: zodResolver(requestPasswordResetSchema), defaultValues: { email: '' } });
  const { execute, isPending, hasSucceeded, result } = useAction(requestPasswordResetAction, {
    onError: ({ error }) => applyActionErrors(form, error),
  });

  if (hasSucceeded && result.data) {
    return (
      <AuthNotice tone="success">
        <p>{result.data.message}</p>
        <p>The link works once, for one hour.</p>
      </AuthNotice>
    );
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute(values))} className="grid gap-4" noValidate>
        <TextField control={form.control} name="email" label="Email" type="email" autoComplete="email" autoFocus placeholder="you@example.com" />
        <FormRootError control={form.control} />
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Sending…' : 'Email me a reset link'}
        </Button>
      </form>
    </Form>
  );
}
