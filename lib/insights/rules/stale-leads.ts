import { RULES } from '../rule-catalog';
import { wholeDaysBetween } from '../period';
import type { StaleLeadsSnapshot } from '../snapshot/types';
import { MAX_EVIDENCE_ITEMS, plural, type Finding, type RuleOptions } from './types';

/** Open leads (no stage, or a stage that is neither won nor lost) nobody touched for `threshold` days or more. */
export function evaluateStaleLeads(snapshot: StaleLeadsSnapshot, { threshold, now }: RuleOptions): Finding | null {
  const stale = snapshot.leads
    .filter((lead) => !lead.stageIsClosed)
    .map((lead) => ({ lead, days: wholeDaysBetween(lead.lastActivityAt ?? lead.createdAt, now) }))
    .filter(({ days }) => days >= threshold);
  if (stale.length === 0) return null;
  const total = Math.max(snapshot.total, stale.length);
  return {
    type: 'stale_leads',
    confidence: RULES.stale_leads.confidence,
    summary: `${plural(total, 'open lead')} ${total === 1 ? 'has' : 'have'} had no activity for ${threshold}+ days.`,
    evidence: {
      items: stale.slice(0, MAX_EVIDENCE_ITEMS).map(({ lead, days }) => ({
        kind: 'lead',
        id: lead.id,
        label: lead.name,
        detail: lead.lastActivityAt ? `${plural(days, 'day')} without activity` : `No activity since it was added ${plural(days, 'day')} ago`,
      })),
      numbers: { staleLeads: total, thresholdDays: threshold },
    },
  };
}
