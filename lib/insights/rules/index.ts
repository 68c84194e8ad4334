import { INSIGHT_RULES, type InsightRule } from '@/db/schema/values';
import type { EffectiveRuleSettings } from '../settings-read';
import type { InsightSnapshot } from '../snapshot/types';
import { evaluateHotLeadUnattended } from './hot-lead-unattended';
import { evaluateLowContentOutput } from './low-content-output';
import { evaluatePipelineStuck } from './pipeline-stuck';
import { evaluateStaleLeads } from './stale-leads';
import { evaluateTaskBacklog } from './task-backlog';
import type { Finding, RuleOptions } from './types';

export type { Finding, RuleOptions } from './types';

type Evaluators = { [R in InsightRule]: (snapshot: NonNullable<InsightSnapshot[R]>, options: RuleOptions) => Finding | null };

export const RULE_EVALUATORS: Evaluators = {
  stale_leads: evaluateStaleLeads,
  task_backlog: evaluateTaskBacklog,
  low_content_output: evaluateLowContentOutput,
  hot_lead_unattended: evaluateHotLeadUnattended,
  pipeline_stuck: evaluatePipelineStuck,
};

function evaluateRule<R extends InsightRule>(rule: R, snapshot: InsightSnapshot, options: RuleOptions): Finding | null {
  const slice = snapshot[rule];
  return slice ? RULE_EVALUATORS[rule](slice as NonNullable<InsightSnapshot[R]>, options) : null;
}

/** Runs every enabled rule whose data the snapshot holds, in catalog order. */
export function evaluateRules(snapshot: InsightSnapshot, settings: EffectiveRuleSettings, now: Date): Finding[] {
  return INSIGHT_RULES.filter((rule) => settings[rule].enabled)
    .map((rule) => evaluateRule(rule, snapshot, { threshold: settings[rule].threshold, now }))
    .filter((finding): finding is Finding => finding !== null);
}
