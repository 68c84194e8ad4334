import { Settings } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { InsightList } from '@/components/insights/insight-list';
import { InsightTabs } from '@/components/insights/insight-tabs';
import { InsightsEmptyState } from '@/components/insights/insights-empty-state';
import { ScanNowButton } from '@/components/insights/scan-now-button';
import { Button } from '@/components/ui/button';
import { listInsightCards } from '@/lib/insights/insight-cards';
import { countInsightsByStatus, getInsightScanStatus } from '@/lib/insights/queries';
import { insightStatusSchema } from '@/lib/insights/schemas';
import { listInsightRuleSettings } from '@/lib/insights/settings';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Insights' };

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InsightsPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'insights.read', callbackUrl: `/app/${orgSlug}/insights` });
  // A hand-edited ?status= falls back to the Open tab instead of failing.
  const status = insightStatusSchema.catch('open').parse((await searchParams).status);
  const [counts, page, scan, rules] = await Promise.all([
    countInsightsByStatus(ctx),
    listInsightCards(ctx, { status }),
    getInsightScanStatus(ctx),
    listInsightRuleSettings(ctx),
  ]);
  const canAct = roleCan(ctx.role, 'insights.act');
  const settingsHref = roleCan(ctx.role, 'insights.manage') ? `/app/${ctx.org.slug}/insights/settings` : null;
  const nextRunAt = scan && scan.nextRunAt > ctx.now ? scan.nextRunAt.toISOString() : null;
  const enabledRules = rules
    .filter((rule) => rule.enabled)
    .map(({ label, description, threshold, thresholdUnit }) => ({ label, description, threshold, thresholdUnit }));

  return (
    <div className="mx-auto grid max-w-4xl gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Insights</h1>
          <p className="mt-1 text-sm text-muted-foreground">What the scan noticed in your leads, tasks, pipeline and content, and what to do about it.</p>
        </div>
        <div className="flex items-start gap-2">
          {settingsHref ? (
            <Button asChild variant="ghost">
              <Link href={settingsHref}>
                <Settings aria-hidden />
                Rules
              </Link>
            </Button>
          ) : null}
          {canAct ? <ScanNowButton orgSlug={ctx.org.slug} orgId={ctx.org.id} /> : null}
        </div>
      </header>
      <InsightTabs orgSlug={ctx.org.slug} current={status} counts={counts} />
      <InsightList
        key={status}
        orgSlug={ctx.org.slug}
        orgId={ctx.org.id}
        status={status}
        initialPage={page}
        renderedAt={ctx.now.toISOString()}
        canAct={canAct}
        empty={<InsightsEmptyState status={status} enabledRules={enabledRules} nextRunAt={nextRunAt} settingsHref={settingsHref} />}
      />
    </div>
  );
}
