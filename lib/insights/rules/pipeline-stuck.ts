import { RULES } from '../rule-catalog';
import { wholeDaysBetween } from '../period';
import type { PipelineStagesSnapshot } from '../snapshot/types';
import { MAX_EVIDENCE_ITEMS, plural, type Finding, type RuleOptions } from './types';

/**
 * Open stages (neither won nor lost) holding at least one lead where no lead has entered for `threshold` days:
 * the newest arrival is that old, so every lead in it has sat still at least that long.
 */
export function evaluatePipelineStuck(snapshot: PipelineStagesSnapshot, { threshold, now }: RuleOptions): Finding | null {
  const stuck = snapshot.stages
    .filter((stage) => !stage.isWon && !stage.isLost && stage.leadCount > 0 && stage.lastMovedAt !== null)
    .map((stage) => ({ stage, days: wholeDaysBetween(stage.lastMovedAt!, now) }))
    .filter(({ days }) => days >= threshold);
  if (stuck.length === 0) return null;
  const waiting = stuck.reduce((sum, { stage }) => sum + stage.leadCount, 0);
  return {
    type: 'pipeline_stuck',
    confidence: RULES.pipeline_stuck.confidence,
    summary: `${plural(stuck.length, 'pipeline stage')} with ${plural(waiting, 'lead')} ${stuck.length === 1 ? 'has' : 'have'} had no lead move for ${threshold}+ days.`,
    evidence: {
      items: stuck.slice(0, MAX_EVIDENCE_ITEMS).map(({ stage, days }) => ({
        kind: 'stage',
        id: stage.id,
        label: stage.name,
        detail: `${plural(stage.leadCount, 'lead')}, none moved for ${plural(days, 'day')}`,
      })),
      numbers: { stuckStages: stuck.length, leadsInStuckStages: waiting, thresholdDays: threshold },
    },
  };
}
