import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { insightRuleSettings } from '@/db/schema';
import { INSIGHT_RULES, type InsightRule } from '@/db/schema/values';
import { RULES } from './rule-catalog';

export type EffectiveRuleSetting = {
  rule: InsightRule;
  enabled: boolean;
  threshold: number;
  defaultThreshold: number;
  /** True when the workspace chose its own threshold. */
  isCustomThreshold: boolean;
};

export type EffectiveRuleSettings = Record<InsightRule, EffectiveRuleSetting>;

function clampThreshold(rule: InsightRule, value: number) {
  const { min, max } = RULES[rule].thresholdRange;
  return Math.min(max, Math.max(min, value));
}

/**
 * Every rule's setting for one workspace: its stored choice where it made one, else on with the catalog's
 * default threshold. A stored threshold outside the rule's range (the range may have narrowed since) is
 * clamped, so the scan never runs a rule with a value the settings form would refuse.
 */
export async function getEffectiveRuleSettings(db: Executor, orgId: string): Promise<EffectiveRuleSettings> {
  const rows = await db.select().from(insightRuleSettings).where(eq(insightRuleSettings.orgId, orgId));
  const stored = new Map(rows.map((row) => [row.rule, row]));
  return Object.fromEntries(
    INSIGHT_RULES.map((rule) => {
      const row = stored.get(rule);
      const defaultThreshold = RULES[rule].defaultThreshold;
      const custom = row?.threshold ?? null;
      const setting: EffectiveRuleSetting = {
        rule,
        enabled: row?.enabled ?? true,
        threshold: custom === null ? defaultThreshold : clampThreshold(rule, custom),
        defaultThreshold,
        isCustomThreshold: custom !== null,
      };
      return [rule, setting];
    }),
  ) as EffectiveRuleSettings;
}
