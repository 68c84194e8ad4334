import type { InsightRule } from '@/db/schema/values';

export type RuleInfo = {
  label: string;
  description: string;
  /** What the threshold counts, for the settings form ("days", "tasks", …). */
  thresholdUnit: string;
  defaultThreshold: number;
  thresholdRange: { min: number; max: number };
  /** How sure the rule is when it fires; the scan acts by itself above ACT_CONFIDENCE. */
  confidence: number;
};

/** Above this confidence a scan creates the follow-up tasks itself; at or below it the insight waits for a person. */
export const ACT_CONFIDENCE = 0.75;

// Browser-safe (no Drizzle): the insights page and its settings form read it too.
export const RULES: Record<InsightRule, RuleInfo> = {
  stale_leads: {
    label: 'Stale leads',
    description: 'Open leads with no activity for this many days.',
    thresholdUnit: 'days without activity',
    defaultThreshold: 7,
    thresholdRange: { min: 1, max: 90 },
    confidence: 0.9,
  },
  task_backlog: {
    label: 'Task backlog',
    description: 'More overdue open tasks than this.',
    thresholdUnit: 'overdue tasks',
    defaultThreshold: 5,
    thresholdRange: { min: 1, max: 500 },
    confidence: 0.85,
  },
  low_content_output: {
    label: 'Low content output',
    description: 'Fewer social posts than this in the last 7 days, once the workspace has any content.',
    thresholdUnit: 'posts a week',
    defaultThreshold: 3,
    thresholdRange: { min: 1, max: 50 },
    confidence: 0.8,
  },
  hot_lead_unattended: {
    label: 'Hot lead unattended',
    description: 'Leads scoring at least this much whose owner has not touched them in 24 hours.',
    thresholdUnit: 'minimum score',
    defaultThreshold: 70,
    thresholdRange: { min: 1, max: 100 },
    confidence: 0.95,
  },
  pipeline_stuck: {
    label: 'Pipeline stuck',
    description: 'A stage whose leads have not moved for this many days.',
    thresholdUnit: 'days without a move',
    defaultThreshold: 14,
    thresholdRange: { min: 1, max: 180 },
    confidence: 0.7,
  },
};
