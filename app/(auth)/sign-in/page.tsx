import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { oauthProviderIds } from '@/app/(auth)/providers';
import { MagicLinkForm } from '@/components/auth/magic-link-form';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { PasswordSignInForm } from '@/components/auth/password-sign-in-form';
import { SignInBanner } from '@/components/auth/sign-in-banner';
import { CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { Separator } from '@/components/ui/separator';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { firstParam, safeRedirect, withCallbackUrl } from '@/lib/auth/safe-redirect';
import { getSessionUser } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const rawCallback = firstParam(params.callbackUrl);
  const callbackUrl = rawCallback ? safeRedirect(rawCallback) : undefined;
  const error = firstParam(params.error);
  // Already signed in: go on, unless Auth.js sent the visitor here to read an error.
  if (!error && (await getSessionUser())) redirect(callbackUrl ?? '/app');
  const providers = oauthProviderIds();

  return (
    <>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl font-semibold">Sign in to Beacon</h1>
        </CardTitle>
        <CardDescription>Welcome back. Sign in with your password or an emailed link.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <SignInBanner
          checkEmail={firstParam(params['check-email']) === '1'}
          verified={firstParam(params.verified) === '1'}
          reset={firstParam(params.reset) === '1'}
          error={error}
        />
        <Tabs defaultValue="password" className="gap-4">
          <TabsList className="grid w-full grid-cols-2">
            <TabsTrigger value="password">Password</TabsTrigger>
            <TabsTrigger value="email-link">Email link</TabsTrigger>
          </TabsList>
          <TabsContent value="password">
            <PasswordSignInForm callbackUrl={callbackUrl} />
          </TabsContent>
          <TabsContent value="email-link">
            <MagicLinkForm callbackUrl={callbackUrl} />
          </TabsContent>
        </Tabs>
        {providers.length > 0 ? (
          <>
            <div className="flex items-center gap-3 text-xs uppercase text-muted-foreground">
              <Separator className="flex-1" />
              or
              <Separator className="flex-1" />
            </div>
            <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
          </>
        ) : null}
      </CardContent>
      <CardFooter className="justify-center gap-1 text-sm text-muted-foreground">
        New to Beacon?
        <Link href={withCallbackUrl('/sign-up', callbackUrl)} className="font-medium text-foreground underline-offset-4 hover:underline">
          Create an account
        </Link>
      </CardFooter>
    </>
  );
}
