import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvite } from '@/components/auth/accept-invite';
import { ROLE_LABELS } from '@/components/orgs/role-badge';
import { Button } from '@/components/ui/button';
import { CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getDb } from '@/db';
import { withCallbackUrl } from '@/lib/auth/safe-redirect';
import { getInviteByToken } from '@/lib/orgs/invites';
import { getSessionUser } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Join a workspace', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const found = await getInviteByToken(getDb(), token);

  if (!found) {
    return (
      <>
        <CardHeader>
          <CardTitle>
            <h1 className="text-xl font-semibold">This invitation does not work</h1>
          </CardTitle>
          <CardDescription>
            It may have expired, been used already or been withdrawn. Ask the person who invited you to send a new one.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Button asChild variant="secondary" className="w-full">
            <Link href="/sign-in">Go to sign in</Link>
          </Button>
        </CardContent>
      </>
    );
  }

  const user = await getSessionUser();
  const callbackUrl = `/invite/${encodeURIComponent(token)}`;
  const role = ROLE_LABELS[found.invite.role];

  return (
    <>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl font-semibold">Join {found.orgName} on Beacon</h1>
        </CardTitle>
        <CardDescription>
          You are invited as {role.toLowerCase()}. The invitation is for {found.invite.email}.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {user ? (
          <>
            <p className="text-sm text-muted-foreground">Signed in as {user.email}.</p>
            <AcceptInvite token={token} orgName={found.orgName} />
          </>
        ) : (
          <>
            <Button asChild autoFocus>
              <Link href={withCallbackUrl('/sign-in', callbackUrl)}>Sign in to accept</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={withCallbackUrl('/sign-up', callbackUrl)}>Create an account</Link>
            </Button>
          </>
        )}
      </CardContent>
    </>
  );
}
