import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { firstParam, safeRedirect, withCallbackUrl } from '@/lib/auth/safe-redirect';
import { getSessionUser } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Create your account' };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const rawCallback = firstParam((await searchParams).callbackUrl);
  const callbackUrl = rawCallback ? safeRedirect(rawCallback) : undefined;
  if (await getSessionUser()) redirect(callbackUrl ?? '/app');
  // After confirming the address the visitor signs in; the callback (an invitation, say) rides along.
  const signInHref = withCallbackUrl('/sign-in', callbackUrl);

  return (
    <>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl font-semibold">Create your Beacon account</h1>
        </CardTitle>
        <CardDescription>We will email you a link to confirm your address.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignUpForm signInHref={signInHref} />
      </CardContent>
      <CardFooter className="justify-center gap-1 text-sm text-muted-foreground">
        Already have an account?
        <Link href={signInHref} className="font-medium text-foreground underline-offset-4 hover:underline">
          Sign in
        </Link>
      </CardFooter>
    </>
  );
}
