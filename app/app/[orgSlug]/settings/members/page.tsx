import type { Metadata } from 'next';
import { InviteMemberDialog } from '@/components/settings/invite-member-dialog';
import { InvitesTable } from '@/components/settings/invites-table';
import { MembersTable } from '@/components/settings/members-table';
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { listPendingInvites } from '@/lib/orgs/invites';
import { listMembers } from '@/lib/orgs/members';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Members' };

export default async function MembersSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, ctx } = await requireOrgCtx(orgSlug, { permission: 'members.manage', callbackUrl: `/app/${orgSlug}/settings/members` });
  const [members, invites] = await Promise.all([listMembers(ctx), listPendingInvites(ctx)]);

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Members</h2>
          </CardTitle>
          <CardDescription>
            {members.length === 1 ? '1 person has' : `${members.length} people have`} access to {ctx.org.name}.
          </CardDescription>
          <CardAction>
            <InviteMemberDialog orgSlug={ctx.org.slug} viewerRole={ctx.role} />
          </CardAction>
        </CardHeader>
        <CardContent>
          <MembersTable orgSlug={ctx.org.slug} orgName={ctx.org.name} members={members} viewerUserId={user.id} viewerRole={ctx.role} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Pending invitations</h2>
          </CardTitle>
          <CardDescription>Invitations not yet accepted. Resending makes the earlier link stop working.</CardDescription>
        </CardHeader>
        <CardContent>
          <InvitesTable orgSlug={ctx.org.slug} invites={invites} viewerRole={ctx.role} />
        </CardContent>
      </Card>
    </div>
  );
}
