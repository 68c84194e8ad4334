import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { BeaconLogo } from '@/components/beacon-logo';
import { CreateOrgForm } from '@/components/orgs/create-org-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getDb } from '@/db';
import { listUserOrgs } from '@/lib/orgs/orgs';
import { signInUrl } from '@/lib/server/require-org-ctx';
import { getSessionUser } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Create your workspace' };

export default async function NewOrgPage() {
  const user = await getSessionUser();
  if (!user) redirect(signInUrl('/app/new'));
  const orgs = await listUserOrgs(getDb(), user.id);

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 p-6">
      <BeaconLogo href="/app" />
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle>
            <h1 className="text-xl font-semibold">Create your workspace</h1>
          </CardTitle>
          <CardDescription>
            A workspace holds your leads, tasks and content. You can invite your team once it exists.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <CreateOrgForm />
        </CardContent>
      </Card>
      {orgs.length > 0 ? (
        <Link href="/app" className="text-sm text-muted-foreground underline-offset-4 hover:underline">
          Back to your workspaces
        </Link>
      ) : null}
    </main>
  );
}
