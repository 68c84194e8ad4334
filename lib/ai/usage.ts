import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { AI_FEATURES, aiUsage, type AiFeature } from '@/db/schema';

/** The usage month of a moment, in UTC: `2026-05`. */
export function usageMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export type AiUsageRecord = {
  orgId: string;
  feature: AiFeature;
  month: string;
  inputTokens: number;
  outputTokens: number;
  /** Served from the prompt cache: counted as a request, with no tokens. */
  cached: boolean;
};

/** Adds one request (and its tokens) to the workspace's month for that feature; concurrent calls add up. */
export async function recordAiUsage(db: Db, record: AiUsageRecord): Promise<void> {
  const inputTokens = record.cached ? 0 : Math.max(0, Math.round(record.inputTokens));
  const outputTokens = record.cached ? 0 : Math.max(0, Math.round(record.outputTokens));
  const cachedRequests = record.cached ? 1 : 0;
  await db
    .insert(aiUsage)
    .values({ orgId: record.orgId, month: record.month, feature: record.feature, inputTokens, outputTokens, requests: 1, cachedRequests })
    .onConflictDoUpdate({
      target: [aiUsage.orgId, aiUsage.month, aiUsage.feature],
      set: {
        inputTokens: sql`${aiUsage.inputTokens} + ${inputTokens}`,
        outputTokens: sql`${aiUsage.outputTokens} + ${outputTokens}`,
        requests: sql`${aiUsage.requests} + 1`,
        cachedRequests: sql`${aiUsage.cachedRequests} + ${cachedRequests}`,
        updatedAt: sql`now()`,
      },
    });
}

/** Input and output tokens of every feature together: what the plan's monthly allowance is compared with. */
export async function getMonthTokens(db: Db, { orgId, month }: { orgId: string; month: string }): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${aiUsage.inputTokens} + ${aiUsage.outputTokens}), 0)` })
    .from(aiUsage)
    .where(and(eq(aiUsage.orgId, orgId), eq(aiUsage.month, month)));
  return Number(row?.total ?? 0);
}

export type FeatureUsage = { feature: AiFeature; inputTokens: number; outputTokens: number; requests: number; cachedRequests: number };

/** One row per feature (zeros for unused ones, in AI_FEATURES order) for a workspace's month. */
export async function listMonthUsage(db: Db, { orgId, month }: { orgId: string; month: string }): Promise<FeatureUsage[]> {
  const rows = await db
    .select({
      feature: aiUsage.feature,
      inputTokens: aiUsage.inputTokens,
      outputTokens: aiUsage.outputTokens,
      requests: aiUsage.requests,
      cachedRequests: aiUsage.cachedRequests,
    })
    .from(aiUsage)
    .where(and(eq(aiUsage.orgId, orgId), eq(aiUsage.month, month)));
  return AI_FEATURES.map(
    (feature) => rows.find((row) => row.feature === feature) ?? { feature, inputTokens: 0, outputTokens: 0, requests: 0, cachedRequests: 0 },
  );
}
