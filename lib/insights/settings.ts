import { and, eq, sql } from 'drizzle-orm';
import { insightRuleSettings } from '@/db/schema';
import { INSIGHT_RULES } from '@/db/schema/values';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { RULES } from './rule-catalog';
import { getEffectiveRuleSettings } from './settings-read';
import { updateInsightRuleSettingSchema, type UpdateInsightRuleSettingInput } from './settings-schemas';

/** Every rule of the catalog with the workspace's effective choice (defaults where it made none), in catalog order. */
export async function listInsightRuleSettings(ctx: Pick<Ctx, 'db' | 'org'>) {
  const effective = await getEffectiveRuleSettings(ctx.db, ctx.org.id);
  return INSIGHT_RULES.map((rule) => ({ rule, ...RULES[rule], enabled: effective[rule].enabled, threshold: effective[rule].threshold }));
}

export type InsightRuleSettingView = Awaited<ReturnType<typeof listInsightRuleSettings>>[number];

/** Turns one rule on or off with its threshold (checked against the rule's range), audited with before and after. */
export async function updateInsightRuleSetting(ctx: Ctx, input: UpdateInsightRuleSettingInput) {
  const { rule, enabled, threshold } = updateInsightRuleSettingSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ enabled: insightRuleSettings.enabled, threshold: insightRuleSettings.threshold })
      .from(insightRuleSettings)
      .where(and(eq(insightRuleSettings.orgId, ctx.org.id), eq(insightRuleSettings.rule, rule)))
      .for('update');
    const [saved] = await tx
      .insert(insightRuleSettings)
      .values({ orgId: ctx.org.id, rule, enabled, threshold })
      .onConflictDoUpdate({ target: [insightRuleSettings.orgId, insightRuleSettings.rule], set: { enabled, threshold, updatedAt: sql`now()` } })
      .returning({ rule: insightRuleSettings.rule, enabled: insightRuleSettings.enabled, threshold: insightRuleSettings.threshold });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actorType: ctx.actor,
      actorUserId: ctx.user?.id ?? null,
      actorApiKeyId: ctx.apiKey?.id ?? null,
      action: 'insight.rule_setting_updated',
      targetType: 'insight_rule',
      targetId: rule,
      // No row yet means the rule ran on its defaults.
      metadata: { from: previous ?? { enabled: true, threshold: null }, to: { enabled, threshold } },
      requestId: ctx.requestId ?? null,
    });
    return { rule: saved!.rule, enabled: saved!.enabled, threshold: saved!.threshold ?? RULES[rule].defaultThreshold };
  });
}
