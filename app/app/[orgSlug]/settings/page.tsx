import type { Metadata } from 'next';
import { DeleteOrgDialog } from '@/components/settings/delete-org-dialog';
import { RenameOrgForm } from '@/components/settings/rename-org-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Workspace settings' };

export default async function GeneralSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'settings.manage', callbackUrl: `/app/${orgSlug}/settings` });

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>General</h2>
          </CardTitle>
          <CardDescription>The name people see in the sidebar, invitations and emails.</CardDescription>
        </CardHeader>
        <CardContent>
          <RenameOrgForm key={ctx.org.name} orgSlug={ctx.org.slug} name={ctx.org.name} />
        </CardContent>
      </Card>
      {roleCan(ctx.role, 'org.delete') ? (
        <Card className="border-destructive/40">
          <CardHeader>
            <CardTitle>
              <h2 className="text-destructive">Danger zone</h2>
            </CardTitle>
            <CardDescription>
              Deleting <span className="font-medium text-foreground">{ctx.org.name}</span> removes it and everything in it for
              every member. Only owners can do this.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteOrgDialog orgSlug={ctx.org.slug} orgName={ctx.org.name} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
