import { RULES } from '../rule-catalog';
import type { LowContentOutputSnapshot } from '../snapshot/types';
import { plural, type Finding, type RuleOptions } from './types';

/**
 * Fewer posts created in the last 7 days than `threshold`, but only for workspaces that have made at least one
 * post: a workspace that never used content is not behind on it.
 */
export function evaluateLowContentOutput(snapshot: LowContentOutputSnapshot, { threshold }: RuleOptions): Finding | null {
  if (!snapshot.hasAnyPost || snapshot.postsLast7Days >= threshold) return null;
  const count = snapshot.postsLast7Days;
  const made = count === 0 ? 'No posts were' : `Only ${plural(count, 'post')} ${count === 1 ? 'was' : 'were'}`;
  return {
    type: 'low_content_output',
    confidence: RULES.low_content_output.confidence,
    summary: `${made} created in the last 7 days, below the target of ${threshold} a week.`,
    evidence: { items: [], numbers: { postsLast7Days: count, threshold } },
  };
}
