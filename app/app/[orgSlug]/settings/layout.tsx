import type { ReactNode } from 'react';
import { SettingsNav, type SettingsTab } from '@/components/settings/settings-nav';
import { roleCan, type Permission } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

const TABS: { path: string; label: string; permission: Permission }[] = [
  { path: '', label: 'General', permission: 'settings.manage' },
  { path: '/members', label: 'Members', permission: 'members.manage' },
  { path: '/pipeline', label: 'Pipeline', permission: 'settings.manage' },
  { path: '/fields', label: 'Lead fields', permission: 'settings.manage' },
  { path: '/routing', label: 'Lead routing', permission: 'settings.manage' },
  { path: '/business', label: 'Business profile', permission: 'business_profile.manage' },
  { path: '/ai', label: 'AI', permission: 'org.read' },
  { path: '/api-keys', label: 'API keys', permission: 'api_keys.manage' },
  { path: '/audit-log', label: 'Audit log', permission: 'audit.read' },
];

// Each settings page checks its own permission (layouts and pages render in parallel); this layout only
// decides which tabs to offer.
export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug);
  const base = `/app/${ctx.org.slug}/settings`;
  const tabs: SettingsTab[] = TABS.filter((tab) => roleCan(ctx.role, tab.permission)).map((tab) => ({ href: `${base}${tab.path}`, label: tab.label }));

  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="text-sm text-muted-foreground">{ctx.org.name}</p>
      </header>
      {tabs.length > 0 ? <SettingsNav tabs={tabs} /> : null}
      {children}
    </div>
  );
}
