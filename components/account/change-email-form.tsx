'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { AuthNotice } from '@/components/auth/auth-notice';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { requestEmailChangeAction } from '@/lib/actions/auth/request-email-change';
import { requestEmailChangeSchema } from '@/lib/auth/account-schemas';
import { applyActionErrors } from '@/lib/forms/field-errors';

/**
 * The address changes only once the link sent to the new inbox is opened. Accounts with a password confirm
 * it here; accounts that sign in with email links or a connected account have none to give.
 */
export function ChangeEmailForm({ hasPassword }: { hasPassword: boolean }) {
  const form = useForm({ resolver: zodResolver(requestEmailChangeSchema), defaultValues: { newEmail: '', currentPassword: '' } });
  const { execute, isPending, hasSucceeded, result, reset } = useAction(requestEmailChangeAction, {
    onSuccess: () => toast.success('Confirmation link sent.'),
    onError: ({ error }) => applyActionErrors(form, error),
  });

  if (hasSucceeded && result.data) {
    return (
      <div className="grid gap-3">
        <AuthNotice tone="success">
          <p className="font-medium">Check your new inbox</p>
          <p>
            If {result.data.newEmail} can be used, we sent a link there. Your email changes when you open it; until then, keep using the current
            one.
          </p>
        </AuthNotice>
        <Button
          type="button"
          variant="ghost"
          className="justify-self-start"
          onClick={() => {
            form.reset();
            reset();
          }}
        >
          Use a different address
        </Button>
      </div>
    );
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute(values))} className="grid gap-4" noValidate>
        <TextField
          control={form.control}
          name="newEmail"
          label="New email"
          type="email"
          autoComplete="email"
          description="Confirming the new address signs you out everywhere."
        />
        {hasPassword ? (
          // Not a TextField: the schema's currentPassword is optional (passwordless accounts have none to give).
          <FormField
            control={form.control}
            name="currentPassword"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Current password</FormLabel>
                <FormControl>
                  <Input {...field} value={field.value ?? ''} type="password" autoComplete="current-password" />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        ) : null}
        <FormRootError control={form.control} />
        <Button type="submit" variant="secondary" disabled={isPending} className="justify-self-start">
          {isPending ? 'Sending…' : 'Send confirmation link'}
        </Button>
      </form>
    </Form>
  );
}
