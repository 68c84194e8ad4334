import type { Db } from '@/db';
import type { AiFeature, AiProviderKind } from '@/db/schema';
import { getPlan } from '@/lib/billing/plans';
import { getAiProvider, type AiProvider } from '@/lib/providers/ai';
import { getAiAllowance, upgradeUrlFor, type AiOrg } from './limits';
import { listMonthUsage, type FeatureUsage } from './usage';

/** Share of the allowance from which the settings page suggests upgrading. */
export const NEAR_LIMIT_RATIO = 0.8;

export type AiUsageOverview = {
  provider: { kind: AiProviderKind; models: Record<AiFeature, string> };
  planName: string;
  month: string;
  resetsAt: Date;
  allowance: number;
  used: number;
  level: 'ok' | 'near' | 'over';
  features: (FeatureUsage & { totalTokens: number })[];
  requests: number;
  cachedRequests: number;
  upgradeUrl: string;
};

/** Everything the AI settings page shows: the active provider and models, and this month's usage against the plan. */
export async function getAiUsageOverview(
  db: Db,
  { org, now }: { org: AiOrg; now: Date },
  provider: AiProvider = getAiProvider(),
): Promise<AiUsageOverview> {
  const allowance = await getAiAllowance(db, { org, now });
  const rows = await listMonthUsage(db, { orgId: org.id, month: allowance.month });
  const features = rows.map((row) => ({ ...row, totalTokens: row.inputTokens + row.outputTokens }));
  const ratio = allowance.allowance > 0 ? allowance.used / allowance.allowance : 1;
  return {
    provider: {
      kind: provider.kind,
      models: {
        chat: provider.modelIdFor('chat'),
        reply: provider.modelIdFor('reply'),
        strategy: provider.modelIdFor('strategy'),
        content: provider.modelIdFor('content'),
      },
    },
    planName: getPlan(org.plan).name,
    month: allowance.month,
    resetsAt: allowance.resetsAt,
    allowance: allowance.allowance,
    used: allowance.used,
    level: ratio >= 1 ? 'over' : ratio >= NEAR_LIMIT_RATIO ? 'near' : 'ok',
    features,
    requests: features.reduce((sum, row) => sum + row.requests, 0),
    cachedRequests: features.reduce((sum, row) => sum + row.cachedRequests, 0),
    upgradeUrl: upgradeUrlFor(org.slug),
  };
}
