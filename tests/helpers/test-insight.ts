import type { Db } from '@/db';
import { insights, type Insight } from '@/db/schema';
import type { InsightEvidence } from '@/db/schema/insights';

let period = 0;

/**
 * Stores an insight as the scan would (open, with evidence), each with its own period so
 * the (org, rule, period) key never collides.
 */
export async function insertTestInsight(
  db: Db,
  orgId: string,
  overrides: Partial<Omit<typeof insights.$inferInsert, 'evidence'>> & { evidence?: InsightEvidence } = {},
): Promise<Insight> {
  period += 1;
  const [insight] = await db
    .insert(insights)
    .values({
      orgId,
      rule: 'stale_leads',
      periodKey: `2030-01-${String(period % 28 + 1).padStart(2, '0')}-${period}`,
      confidence: 0.7,
      summary: 'Some open leads have had no activity for 7+ days.',
      evidence: { items: [], numbers: { total: 0, threshold: 7 } },
      ...overrides,
    })
    .returning();
  return insight!;
}
