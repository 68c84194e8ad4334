import type { Metadata } from 'next';
import { StrategyStudio } from '@/components/marketing-studio/strategy-studio';
import { getBusinessProfile } from '@/lib/ai/business-profile';
import { toProfileContext } from '@/lib/ai/content/offline-context';
import { isProfileEmpty } from '@/lib/ai/strategy/strategy-prompt';
import { listStrategyVersions } from '@/lib/ai/strategy/strategy-versions';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Marketing strategy' };

export default async function MarketingStrategyPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'marketing.read', callbackUrl: `/app/${orgSlug}/marketing` });
  const [profile, versions] = await Promise.all([getBusinessProfile(ctx.db, ctx.org.id), listStrategyVersions(ctx.db, { orgId: ctx.org.id })]);

  return (
    <StrategyStudio
      orgSlug={ctx.org.slug}
      versions={versions}
      hasProfile={!isProfileEmpty(toProfileContext(profile))}
      profileHref={`/app/${ctx.org.slug}/settings/business`}
      canEditProfile={roleCan(ctx.role, 'business_profile.manage')}
      canWrite={roleCan(ctx.role, 'marketing.write')}
    />
  );
}
