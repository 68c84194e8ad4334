'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { resendVerificationAction } from '@/lib/actions/auth/resend-verification';
import { resendVerificationSchema } from '@/lib/auth/sign-in-schemas';
import { actionErrorMessage, applyActionErrors } from '@/lib/forms/field-errors';

const SENT = 'If that address still needs confirming, a new link is on its way.';

/** One click when the address is known (after sign-up, after an "unverified" sign-in). */
export function ResendVerificationButton({ email, variant = 'secondary' }: { email: string; variant?: 'secondary' | 'outline' }) {
  const { execute, isPending } = useAction(resendVerificationAction, {
    onSuccess: () => toast.success(SENT),
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });
  return (
    <Button type="button" variant={variant} disabled={isPending} onClick={() => execute({ email })}>
      {isPending ? 'Sending…' : 'Resend the confirmation email'}
    </Button>
  );
}

/** For an expired or used confirmation link: ask for the address, then send a new link. */
export function ResendVerificationForm() {
  const form = useForm({ resolver: zodResolver(resendVerificationSchema), defaultValues: { email: '' } });
  const { execute, isPending, hasSucceeded } = useAction(resendVerificationAction, {
    onError: ({ error }) => applyActionErrors(form, error),
  });
  if (hasSucceeded) return <p role="status" className="text-sm text-muted-foreground">{SENT}</p>;

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute(values))} className="grid gap-3" noValidate>
        <TextField control={form.control} name="email" label="Your email" type="email" autoComplete="email" autoFocus />
        <FormRootError control={form.control} />
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Sending…' : 'Send a new confirmation link'}
        </Button>
      </form>
    </Form>
  );
}
