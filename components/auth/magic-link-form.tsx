'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { requestMagicLinkAction } from '@/lib/actions/auth/request-magic-link';
import { magicLinkSchema } from '@/lib/auth/sign-in-schemas';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { AuthNotice } from './auth-notice';

export function MagicLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const form = useForm({ resolver: zodResolver(magicLinkSchema), defaultValues: { email: '', callbackUrl } });
  const { execute, isPending, hasSucceeded, result, reset } = useAction(requestMagicLinkAction, {
    onError: ({ error }) => applyActionErrors(form, error),
  });

  if (hasSucceeded && result.data) {
    return (
      <div className="grid gap-3">
        <AuthNotice tone="success">
          <p className="font-medium">Check your email</p>
          <p>We sent a sign-in link to {result.data.email}. It works once, for 10 minutes.</p>
        </AuthNotice>
        <Button type="button" variant="ghost" onClick={() => reset()}>
          Use a different email
        </Button>
      </div>
    );
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute(values))} className="grid gap-4" noValidate>
        <TextField control={form.control} name="email" label="Email" type="email" autoComplete="email" placeholder="you@example.com" />
        <FormRootError control={form.control} />
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? 'Sending…' : 'Email me a sign-in link'}
        </Button>
      </form>
    </Form>
  );
}
