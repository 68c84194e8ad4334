import type { Metadata } from 'next';
import { getAiUsageOverview } from '@/lib/ai/usage-overview';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';
import { ProviderCard } from './_components/provider-card';
import { UsageCard } from './_components/usage-card';

export const metadata: Metadata = { title: 'AI settings' };

export default async function AiSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'org.read', callbackUrl: `/app/${orgSlug}/settings/ai` });
  const overview = await getAiUsageOverview(ctx.db, { org: ctx.org, now: ctx.now });

  return (
    <div className="grid gap-6">
      <ProviderCard kind={overview.provider.kind} models={overview.provider.models} />
      <UsageCard overview={overview} canUpgrade={roleCan(ctx.role, 'billing.manage')} />
    </div>
  );
}
