import { ArrowRight, KeyRound, Settings, Users } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LeaveOrgButton } from '@/components/orgs/leave-org-button';
import { RoleBadge } from '@/components/orgs/role-badge';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { listPendingInvites } from '@/lib/orgs/invites';
import { listMembers } from '@/lib/orgs/members';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

type Props = { params: Promise<{ orgSlug: string }> };

export const metadata: Metadata = { title: 'Overview' };

function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="rounded-lg border p-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

function LinkCard({ href, icon, title, description }: { href: string; icon: ReactNode; title: string; description: string }) {
  return (
    <Link href={href} className="group rounded-xl focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
      <Card className="h-full transition-colors group-hover:bg-accent/50">
        <CardHeader>
          <CardTitle className="flex items-center gap-2 [&_svg]:size-4">
            {icon}
            {title}
            <ArrowRight className="ml-auto text-muted-foreground transition-transform group-hover:translate-x-0.5" aria-hidden />
          </CardTitle>
          <CardDescription>{description}</CardDescription>
        </CardHeader>
      </Card>
    </Link>
  );
}

export default async function OrgOverviewPage({ params }: Props) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug);
  const [members, invites] = await Promise.all([listMembers(ctx), listPendingInvites(ctx)]);
  const base = `/app/${ctx.org.slug}`;

  return (
    <div className="mx-auto grid max-w-4xl gap-8">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{ctx.org.name}</h1>
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          Your role <RoleBadge role={ctx.role} />
        </p>
      </header>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Stat label="Members" value={members.length} />
        <Stat label="Pending invitations" value={invites.length} />
      </dl>
      {roleCan(ctx.role, 'members.manage') || roleCan(ctx.role, 'settings.manage') ? (
        <section aria-labelledby="manage-heading" className="grid gap-3">
          <h2 id="manage-heading" className="text-lg font-semibold">
            Manage the workspace
          </h2>
          <div className="grid gap-4 sm:grid-cols-3">
            {roleCan(ctx.role, 'members.manage') ? (
              <LinkCard href={`${base}/settings/members`} icon={<Users />} title="Members" description="Invite people, change roles, remove access." />
            ) : null}
            {roleCan(ctx.role, 'settings.manage') ? (
              <LinkCard href={`${base}/settings`} icon={<Settings />} title="Settings" description="Rename the workspace or delete it." />
            ) : null}
            {roleCan(ctx.role, 'api_keys.manage') ? (
              <LinkCard href={`${base}/settings/api-keys`} icon={<KeyRound />} title="API keys" description="Keys for the REST API, with scopes." />
            ) : null}
          </div>
        </section>
      ) : (
        <section className="flex flex-wrap items-center justify-between gap-3 rounded-lg border p-4">
          <p className="text-sm text-muted-foreground">Members and settings are managed by this workspace&apos;s admins and owners.</p>
          <LeaveOrgButton orgSlug={ctx.org.slug} orgName={ctx.org.name} />
        </section>
      )}
    </div>
  );
}
