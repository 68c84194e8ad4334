import type { Metadata } from 'next';
import Link from 'next/link';
import { RequestResetForm } from '@/components/auth/request-reset-form';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { firstParam } from '@/lib/auth/safe-redirect';

export const metadata: Metadata = { title: 'Reset your password', robots: { index: false } };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Without a token: ask for a reset link. With the token from that link: choose the new password. */
export default async function ResetPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token);

  return (
    <>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl font-semibold">{token ? 'Choose a new password' : 'Reset your password'}</h1>
        </CardTitle>
        <CardDescription>
          {token ? 'You will sign in with it from now on.' : 'Enter the email of your account and we will send you a link.'}
        </CardDescription>
      </CardHeader>
      <CardContent>{token ? <ResetPasswordForm token={token} /> : <RequestResetForm />}</CardContent>
      <CardFooter className="justify-center text-sm">
        <Link href="/sign-in" className="text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
          Back to sign in
        </Link>
      </CardFooter>
    </>
  );
}
