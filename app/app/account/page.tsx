import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ChangeEmailForm } from '@/components/account/change-email-form';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SessionActions } from '@/components/account/session-actions';
import { DigestSwitch } from '@/components/notifications/digest-switch';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getDb } from '@/db';
import { getAccountProfile } from '@/lib/auth/account-profile';
import { getNotificationDigest } from '@/lib/notifications/digest-preference';
import { signInUrl } from '@/lib/server/require-org-ctx';
import { getSessionUser } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Your account' };
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect(signInUrl('/app/account'));
  const [profile, digest] = await Promise.all([getAccountProfile(getDb(), user.id), getNotificationDigest(getDb(), user.id)]);

  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="text-sm text-muted-foreground">Sign-in details for you across every workspace.</p>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="text-muted-foreground">Name</dt>
            <dd>{profile.name ?? <span className="text-muted-foreground">Not set</span>}</dd>
            <dt className="text-muted-foreground">Email</dt>
            <dd className="flex flex-wrap items-center gap-2">
              {profile.email}
              {profile.emailVerified ? <Badge variant="secondary">Confirmed</Badge> : <Badge variant="outline">Not confirmed</Badge>}
            </dd>
          </dl>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Password</CardTitle>
          {profile.hasPassword ? null : (
            <CardDescription>
              Your account has no password: you sign in with an email link or a connected account. To add one,{' '}
              <Link href="/reset" className="underline underline-offset-4">
                ask for a password reset link
              </Link>
              .
            </CardDescription>
          )}
        </CardHeader>
        {profile.hasPassword ? (
          <CardContent>
            <ChangePasswordForm />
          </CardContent>
        ) : null}
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Email</CardTitle>
          <CardDescription>We send a link to the new address; the change happens when you open it.</CardDescription>
        </CardHeader>
        <CardContent>
          <ChangeEmailForm hasPassword={profile.hasPassword} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Notifications</CardTitle>
          <CardDescription>In-app notifications appear under the bell in each workspace.</CardDescription>
        </CardHeader>
        <CardContent>
          <DigestSwitch enabled={digest} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Sessions</CardTitle>
          <CardDescription>Lost a device or signed in on a shared computer? Sign out everywhere.</CardDescription>
        </CardHeader>
        <CardContent>
          <SessionActions />
        </CardContent>
      </Card>
    </div>
  );
}
