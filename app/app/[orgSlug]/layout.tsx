import { ClipboardList, Columns3, Contact, LayoutDashboard, Lightbulb, ListChecks, Megaphone, Settings, Sparkles, Users } from 'lucide-react';
import type { ReactNode } from 'react';
import { DemoBanner } from '@/components/orgs/demo-banner';
import { UserMenu } from '@/components/orgs/user-menu';
import { WorkspaceSwitcher } from '@/components/orgs/workspace-switcher';
import type { NavItem } from '@/components/shell/sidebar-nav';
import { DashboardShell } from '@/components/shell/dashboard-shell';
import { listUserOrgs, setLastOrg } from '@/lib/orgs/orgs';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, ctx } = await requireOrgCtx(orgSlug);
  const [orgs] = await Promise.all([
    listUserOrgs(ctx.db, user.id),
    user.lastOrgId === ctx.org.id ? null : setLastOrg(ctx.db, { userId: user.id, orgId: ctx.org.id }),
  ]);
  const current = orgs.find((org) => org.id === ctx.org.id);
  const base = `/app/${ctx.org.slug}`;

  // Only sections this role can open: a member would meet a 403 behind the settings links.
  const nav: NavItem[] = [
    { href: base, label: 'Overview', icon: <LayoutDashboard />, exact: true },
    { href: `${base}/leads`, label: 'Leads', icon: <Contact /> },
    { href: `${base}/pipeline`, label: 'Pipeline', icon: <Columns3 /> },
    { href: `${base}/tasks`, label: 'Tasks', icon: <ListChecks /> },
    { href: `${base}/assistant`, label: 'Assistant', icon: <Sparkles /> },
    { href: `${base}/insights`, label: 'Insights', icon: <Lightbulb /> },
    { href: `${base}/marketing`, label: 'Marketing', icon: <Megaphone /> },
    { href: `${base}/forms`, label: 'Forms', icon: <ClipboardList /> },
  ];
  if (roleCan(ctx.role, 'members.manage')) nav.push({ href: `${base}/settings/members`, label: 'Members', icon: <Users /> });
  if (roleCan(ctx.role, 'settings.manage')) nav.push({ href: `${base}/settings`, label: 'Settings', icon: <Settings />, exact: true });

  return (
    <DashboardShell
      homeHref={base}
      nav={nav}
      switcher={<WorkspaceSwitcher orgs={orgs} currentOrgId={ctx.org.id} />}
      actions={<UserMenu user={{ name: user.name, email: user.email, isStaff: user.isStaff }} />}
    >
      {current?.isDemo ? <DemoBanner /> : null}
      {children}
    </DashboardShell>
  );
}
