import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { RuleSettingRow } from '@/components/insights/rule-setting-row';
import { ACT_CONFIDENCE } from '@/lib/insights/rule-catalog';
import { listInsightRuleSettings } from '@/lib/insights/settings';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Insight rules' };

type Props = { params: Promise<{ orgSlug: string }> };

// Members may read the rules (they see what the scan looks for); only admins change them.
export default async function InsightSettingsPage({ params }: Props) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'insights.read', callbackUrl: `/app/${orgSlug}/insights/settings` });
  const settings = await listInsightRuleSettings(ctx);
  const canManage = roleCan(ctx.role, 'insights.manage');

  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <Link href={`/app/${ctx.org.slug}/insights`} className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden />
        Insights
      </Link>
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Insight rules</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          What the scan looks for and from when it counts. Findings above {Math.round(ACT_CONFIDENCE * 100)}% confidence create their follow-up tasks
          right away; the others wait on the Insights page for someone to accept them.
        </p>
        {canManage ? null : <p className="mt-2 text-sm text-muted-foreground">Only admins and owners can change these.</p>}
      </header>
      <ul className="grid gap-3" aria-label="Rules">
        {settings.map((setting) => (
          <RuleSettingRow key={setting.rule} orgSlug={ctx.org.slug} setting={setting} canManage={canManage} />
        ))}
      </ul>
    </div>
  );
}
