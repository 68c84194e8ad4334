import { RULES } from '../rule-catalog';
import { wholeDaysBetween } from '../period';
import type { HotLeadsSnapshot } from '../snapshot/types';
import { MAX_EVIDENCE_ITEMS, plural, type Finding, type RuleOptions } from './types';

export const UNATTENDED_HOURS = 24;

/**
 * Open leads scoring at least `threshold` whose owner has no timeline entry on them in the last 24 hours.
 * Leads without an owner are left to the stale-leads rule (there is nobody to nudge), and leads younger than
 * 24 hours are skipped: the owner has not yet had a full day, and the new-lead flow already assigns them.
 */
export function evaluateHotLeadUnattended(snapshot: HotLeadsSnapshot, { threshold, now }: RuleOptions): Finding | null {
  const since = now.getTime() - UNATTENDED_HOURS * 3_600_000;
  const unattended = snapshot.leads.filter(
    (lead) =>
      !lead.stageIsClosed &&
      lead.ownerId !== null &&
      lead.score >= threshold &&
      lead.createdAt.getTime() <= since &&
      (lead.lastOwnerActivityAt === null || lead.lastOwnerActivityAt.getTime() <= since),
  );
  if (unattended.length === 0) return null;
  const total = Math.max(snapshot.total, unattended.length);
  return {
    type: 'hot_lead_unattended',
    confidence: RULES.hot_lead_unattended.confidence,
    summary: `${plural(total, 'hot lead')} (score ${threshold}+) ${total === 1 ? 'has' : 'have'} not been touched by ${total === 1 ? 'its' : 'their'} owner in ${UNATTENDED_HOURS} hours.`,
    evidence: {
      items: unattended.slice(0, MAX_EVIDENCE_ITEMS).map((lead) => ({
        kind: 'lead',
        id: lead.id,
        label: lead.name,
        detail: lead.lastOwnerActivityAt
          ? `Score ${lead.score}; owner last active on it ${plural(wholeDaysBetween(lead.lastOwnerActivityAt, now), 'day')} ago`
          : `Score ${lead.score}; its owner has not touched it yet`,
      })),
      numbers: { hotLeads: total, minimumScore: threshold },
    },
  };
}
