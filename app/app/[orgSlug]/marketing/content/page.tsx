import type { Metadata } from 'next';
import { ContentStudio } from '@/components/marketing-studio/content-studio';
import { POSTS_PAGE_SIZE } from '@/lib/ai/content/content-schemas';
import { getPostQuota } from '@/lib/ai/content/post-quota';
import { listPosts } from '@/lib/ai/content/posts';
import { getActiveStrategy } from '@/lib/ai/strategy/strategy-versions';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Marketing content' };

export default async function MarketingContentPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'marketing.read', callbackUrl: `/app/${orgSlug}/marketing/content` });
  const [strategy, quota, page] = await Promise.all([
    getActiveStrategy(ctx.db, { orgId: ctx.org.id }),
    getPostQuota(ctx.db, { orgId: ctx.org.id, plan: ctx.org.plan, now: ctx.now }),
    listPosts(ctx.db, { orgId: ctx.org.id, limit: POSTS_PAGE_SIZE }),
  ]);

  return (
    <ContentStudio
      orgSlug={ctx.org.slug}
      orgId={ctx.org.id}
      pillars={strategy?.plan.pillars.map((pillar) => pillar.name) ?? []}
      quota={quota}
      initialPage={page}
      canWrite={roleCan(ctx.role, 'marketing.write')}
    />
  );
}
