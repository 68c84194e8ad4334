import type { InsightEvidence } from '@/db/schema/insights';
import type { InsightRule } from '@/db/schema/values';

/** What a rule concludes about a workspace; the scan stores it as the day's insight for that rule. */
export type Finding = { type: InsightRule; confidence: number; summary: string; evidence: InsightEvidence };

export type RuleOptions = { threshold: number; now: Date };

/** Evidence lists stop here: enough to act on and to show, small enough to store in every insight row. */
export const MAX_EVIDENCE_ITEMS = 50;

export { plural } from '@/lib/format/plural';
