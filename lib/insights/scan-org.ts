import { and, eq, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { insights, insightScans, orgs } from '@/db/schema';
import { isAppError } from '@/lib/errors';
import { actOnInsight } from './act';
import { periodKeyOf } from './period';
import { ACT_CONFIDENCE } from './rule-catalog';
import { evaluateRules, type Finding } from './rules';
import { advanceInsightSchedule } from './schedule';
import { getEffectiveRuleSettings } from './settings-read';
import { loadInsightSnapshot } from './snapshot';

export type ScanResult = { findings: number; acted: number; tasksCreated: number };

/**
 * Expires the open insights this scan replaces: earlier days' of a rule that fired again (today's insight
 * supersedes them), and any of a rule that did not fire (turned off, or nothing to report any more). Acted
 * and dismissed ones are decisions and stay. A concurrent accept holds the row lock, so its decision wins.
 */
async function expireSupersededInsights(db: Executor, { orgId, periodKey, findings }: { orgId: string; periodKey: string; findings: Finding[] }) {
  const fired = findings.map((finding) => finding.type);
  const superseded = fired.length === 0 ? sql`true` : or(notInArray(insights.rule, fired), lt(insights.periodKey, periodKey));
  await db
    .update(insights)
    .set({ status: 'expired', updatedAt: sql`now()` })
    .where(and(eq(insights.orgId, orgId), eq(insights.status, 'open'), superseded));
}

/**
 * Stores findings as the day's insights, one per rule: a new one is inserted open; one still open is
 * refreshed with today's latest numbers; one a person (or an earlier scan) already acted on or dismissed is
 * left as it is. Open insights the rule is sure about (confidence strictly above ACT_CONFIDENCE) are acted on.
 * Open insights the findings supersede are expired.
 */
export async function storeFindings(db: Executor, { orgId, now, findings }: { orgId: string; now: Date; findings: Finding[] }) {
  const periodKey = periodKeyOf(now);
  let acted = 0;
  let tasksCreated = 0;
  for (const finding of findings) {
    const fields = { confidence: finding.confidence, summary: finding.summary, evidence: finding.evidence };
    const [insight] = await db
      .insert(insights)
      .values({ orgId, rule: finding.type, periodKey, ...fields })
      .onConflictDoUpdate({
        target: [insights.orgId, insights.rule, insights.periodKey],
        set: { ...fields, updatedAt: sql`now()` },
        setWhere: eq(insights.status, 'open'),
      })
      .returning();
    if (!insight || insight.status !== 'open' || insight.confidence <= ACT_CONFIDENCE) continue;
    try {
      const result = await actOnInsight(db, insight, { now });
      acted += 1;
      tasksCreated += result.tasksCreated;
    } catch (error) {
      // Someone accepted or dismissed it between our upsert and our act: theirs is the decision that stands.
      if (!(isAppError(error) && error.code === 'conflict')) throw error;
    }
  }
  await expireSupersededInsights(db, { orgId, periodKey, findings });
  return { acted, tasksCreated };
}

/**
 * One workspace's insight scan: its effective rule settings, a snapshot of what the enabled rules read, the
 * rules themselves, then the findings stored (and acted on). Last, the schedule moves past `scheduledFor` (the
 * fan-out's tick, or the time of a "Scan now"): only a finished scan advances it. Null when the workspace no
 * longer exists.
 */
export async function scanOrg(db: Executor, { orgId, now, scheduledFor }: { orgId: string; now: Date; scheduledFor: Date }): Promise<ScanResult | null> {
  const [org] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.id, orgId));
  if (!org) return null;
  const settings = await getEffectiveRuleSettings(db, orgId);
  const snapshot = await loadInsightSnapshot(db, { orgId, now, settings });
  const findings = evaluateRules(snapshot, settings, now);
  const { acted, tasksCreated } = await storeFindings(db, { orgId, now, findings });
  await db
    .insert(insightScans)
    .values({ orgId, lastRunAt: now, lastFindings: findings.length })
    .onConflictDoUpdate({ target: insightScans.orgId, set: { lastRunAt: now, lastFindings: findings.length } });
  await advanceInsightSchedule(db, { orgId, scheduledFor });
  return { findings: findings.length, acted, tasksCreated };
}
