'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { passwordSignInSchema, SIGN_IN_MESSAGES } from '@/lib/auth/sign-in-schemas';
import { ResendVerificationButton } from './resend-verification';

type Problem = { detail?: string; errors?: { path: string; message: string }[] };
type SignInResponse = Problem & { redirectTo?: string };

/** Email + password through POST /api/session/password; the route's message is shown as it is. */
export function PasswordSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(passwordSignInSchema), defaultValues: { email: '', password: '', callbackUrl } });
  const [pending, setPending] = useState(false);
  const [unverifiedEmail, setUnverifiedEmail] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setPending(true);
    setUnverifiedEmail(null);
    try {
      const response = await fetch('/api/session/password', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      });
      const body = (await response.json().catch(() => ({}))) as SignInResponse;
      if (response.ok && body.redirectTo) {
        // Stay pending while the next page loads; refresh so server components see the new session.
        router.push(body.redirectTo);
        router.refresh();
        return;
      }
      for (const problem of body.errors ?? []) {
        if (problem.path === 'email' || problem.path === 'password') form.setError(problem.path, { type: 'server', message: problem.message });
      }
      if (body.detail === SIGN_IN_MESSAGES.unverified) setUnverifiedEmail(values.email);
      form.setError('root.server', { type: 'server', message: body.detail ?? 'Sign-in did not work. Try again.' });
    } catch {
      form.setError('root.server', { type: 'server', message: 'Could not reach Beacon. Check your connection and try again.' });
    }
    setPending(false);
  });

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        <TextField control={form.control} name="email" label="Email" type="email" autoComplete="email" autoFocus placeholder="you@example.com" />
        <FormField
          control={form.control}
          name="password"
          render={({ field }) => (
            <FormItem>
              <div className="flex items-center justify-between">
                <FormLabel>Password</FormLabel>
                <Link href="/reset" className="text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
                  Forgot password?
                </Link>
              </div>
              <FormControl>
                <Input {...field} type="password" autoComplete="current-password" />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormRootError control={form.control} />
        {unverifiedEmail ? <ResendVerificationButton email={unverifiedEmail} variant="outline" /> : null}
        <Button type="submit" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </Form>
  );
}
