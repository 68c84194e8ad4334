'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { signUpAction } from '@/lib/actions/auth/sign-up';
import { signUpSchema } from '@/lib/auth/account-schemas';
import { PASSWORD_MIN } from '@/lib/auth/password-policy';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { AuthNotice } from './auth-notice';
import { ResendVerificationButton } from './resend-verification';

/** Name, email, password → "check your email", with a resend button and the way back to sign-in. */
export function SignUpForm({ signInHref }: { signInHref: string }) {
  const form = useForm({ resolver: zodResolver(signUpSchema), defaultValues: { name: '', email: '', password: '' } });
  const { execute, isPending, hasSucceeded, result } = useAction(signUpAction, {
    onError: ({ error }) => applyActionErrors(form, error),
  });

  if (hasSucceeded && result.data) {
    return (
      <div className="grid gap-4">
        <AuthNotice tone="success">
          <p className="font-medium">Check your email to confirm your address</p>
          <p>We sent a link to {result.data.email}. It works for 24 hours.</p>
        </AuthNotice>
        <ResendVerificationButton email={result.data.email} />
        <Button asChild variant="ghost">
          <Link href={signInHref}>I confirmed it: sign in</Link>
        </Button>
      </div>
    );
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute(values))} className="grid gap-4" noValidate>
        <TextField control={form.control} name="name" label="Name" autoComplete="name" autoFocus />
        <TextField control={form.control} name="email" label="Email" type="email" autoComplete="email" placeholder="you@example.com" />
        <TextField
          control={form.control}
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          description={<>At least {PASSWORD_MIN} characters. Any characters work; a few random words are easy to remember.</>}
        />
        <FormRootError control={form.control} />
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
    </Form>
  );
}
