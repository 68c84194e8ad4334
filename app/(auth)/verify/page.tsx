import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthNotice } from '@/components/auth/auth-notice';
import { ResendVerificationForm } from '@/components/auth/resend-verification';
import { Button } from '@/components/ui/button';
import { CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getDb } from '@/db';
import { confirmEmailChange, verifyEmail } from '@/lib/auth/accounts';
import { firstParam } from '@/lib/auth/safe-redirect';
import { isAppError } from '@/lib/errors';
import { getRequestMeta } from '@/lib/server/request-meta';

export const metadata: Metadata = { title: 'Confirm your email', robots: { index: false } };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Heading({ title, description }: { title: string; description?: string }) {
  return (
    <CardHeader>
      <CardTitle>
        <h1 className="text-xl font-semibold">{title}</h1>
      </CardTitle>
      {description ? <CardDescription>{description}</CardDescription> : null}
    </CardHeader>
  );
}

/** Opened from the emailed link: confirms a new account's address (`?token=`) or a changed one (`&kind=email-change`). */
export default async function VerifyPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = firstParam(params.token);
  const isEmailChange = firstParam(params.kind) === 'email-change';

  let failure: string | null = token ? null : 'This confirmation link is incomplete. Open the link from the email again.';
  if (token) {
    try {
      if (isEmailChange) await confirmEmailChange(getDb(), token, (await getRequestMeta()).baseUrl);
      else await verifyEmail(getDb(), token);
    } catch (error) {
      if (!isAppError(error)) throw error;
      failure = error.message;
    }
  }

  if (failure) {
    return (
      <>
        <Heading title="This link did not work" />
        <CardContent className="grid gap-4">
          <AuthNotice tone="error">{failure}</AuthNotice>
          {isEmailChange ? (
            <Button asChild variant="secondary">
              <Link href="/app/account">Ask for a new link from your account</Link>
            </Button>
          ) : (
            <ResendVerificationForm />
          )}
        </CardContent>
      </>
    );
  }

  if (!isEmailChange) redirect('/sign-in?verified=1');

  // Changing the address ended every session (confirmEmailChange moves sessionsValidAfter), so sign in again.
  return (
    <>
      <Heading title="Your email is changed" description="Use your new address from now on." />
      <CardContent className="grid gap-4">
        <AuthNotice tone="success">For your security you were signed out everywhere. Sign in with your new email.</AuthNotice>
        <Button asChild autoFocus>
          <Link href="/sign-in">Sign in</Link>
        </Button>
      </CardContent>
    </>
  );
}
