'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
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
        <FormField
          control={form.control}
          name="currentPassword"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Current password</FormLabel>
              <FormControl>
                <Input {...field} type="password" autoComplete="current-password" />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="newPassword"
          render={({ field }) => (
            <FormItem>
              <FormLabel>New password</FormLabel>
              <FormControl>
                <Input {...field} type="password" autoComplete="new-password" />
              </FormControl>
              <FormDescription>At least {PASSWORD_MIN} characters. Saving it signs you out on every device, this one too.</FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormRootError control={form.control} />
        <Button type="submit" disabled={busy} className="justify-self-start">
          {busy ? 'Saving…' : 'Change password'}
        </Button>
      </form>
    </Form>
  );
}
