import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db';
import { leads, users, type Lead } from '@/db/schema';
import { leadFilters } from './queries';
import type { LeadFilter } from './schemas';
import { listStages } from './stages';

export type BoardStage = { id: string; name: string; position: number; isWon: boolean; isLost: boolean };
export type BoardCard = Pick<Lead, 'id' | 'name' | 'company' | 'email' | 'valueCents' | 'currency' | 'score' | 'stageId'> & { ownerName: string | null };
/** One currency's total: leads in different currencies are never added together. */
export type CurrencyTotal = { currency: string; valueCents: number };
export type BoardColumn = { stage: BoardStage | null; count: number; totals: CurrencyTotal[]; leads: BoardCard[] };
export type Board = { columns: BoardColumn[]; total: number };

/** Leads of one stage (or of none), one currency and one score, as the aggregate pass counts them. */
type Bucket = { stageId: string | null; currency: string; score: number; count: number; valueCents: string | null };
type Plan = { stageId: string | null; cutoff: number; byScoreIndex: boolean };

/**
 * The pipeline board: one column per stage in order (plus "No stage" when matching leads have none), each
 * with the count and per-currency value of ALL matching leads and its first `perColumn` leads by score.
 * The filter's stageId is ignored: the columns are the stages.
 *
 * Two statements whatever the number of stages. The first is one grouped pass over the filter, by stage,
 * currency and score (scores are 0–100, so at most ~101 groups per stage and currency). The second fetches
 * each column's top cards; see planColumn for why the score histogram matters there.
 */
export async function getBoard(db: Executor, { orgId, filter = {}, perColumn = 50 }: { orgId: string; filter?: Partial<LeadFilter>; perColumn?: number }): Promise<Board> {
  const { stageId: _stageId, ...rest } = filter;
  const [stages, buckets] = await Promise.all([
    listStages(db, { orgId }),
    db
      .select({
        stageId: leads.stageId,
        currency: leads.currency,
        score: leads.score,
        count: sql<number>`count(*)::int`,
        // Sums of bigint are numeric; text keeps them exact until they are added up below.
        valueCents: sql<string | null>`sum(${leads.valueCents})::text`,
      })
      .from(leads)
      .where(leadFilters(orgId, rest))
      .groupBy(leads.stageId, leads.currency, leads.score),
  ]);

  const keys: (string | null)[] = stages.map((stage) => stage.id);
  if (buckets.some((bucket) => bucket.stageId === null)) keys.push(null);
  const plans = keys.map((key) => planColumn(buckets, key, perColumn)).filter((plan): plan is Plan => plan !== null);
  const cards = await topCards(db, { orgId, filter: rest, plans, perColumn });

  const column = (stage: BoardStage | null): BoardColumn => {
    const key = stage?.id ?? null;
    const mine = buckets.filter((bucket) => bucket.stageId === key);
    return { stage, count: sum(mine.map((bucket) => bucket.count)), totals: currencyTotals(mine), leads: cards.filter((card) => card.stageId === key) };
  };
  const columns = stages.map((stage) => column({ id: stage.id, name: stage.name, position: stage.position, isWon: stage.isWon, isLost: stage.isLost }));
  if (keys.includes(null)) columns.push(column(null));
  return { columns, total: sum(buckets.map((bucket) => bucket.count)) };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function currencyTotals(buckets: Bucket[]): CurrencyTotal[] {
  const byCurrency = new Map<string, bigint>();
  for (const bucket of buckets) {
    if (bucket.valueCents === null) continue;
    byCurrency.set(bucket.currency, (byCurrency.get(bucket.currency) ?? 0n) + BigInt(bucket.valueCents));
  }
  return [...byCurrency].map(([currency, cents]) => ({ currency, valueCents: Number(cents) })).sort((a, b) => b.valueCents - a.valueCents);
}

/**
 * How to fetch one column's top cards, from the exact counts of the aggregate pass.
 *
 * The only score-ordered index is (org_id, score desc, id desc): walking it and skipping other stages'
 * leads is instant when the column's best leads are among the workspace's best, and a scan of nearly the
 * whole workspace when they are not (a "Lost" stage full of cold leads, or a filter that leaves a column
 * with a few low-scored leads). Postgres cannot see that correlation; the histogram can. The cutoff is the
 * lowest score the column's top `perColumn` need, and the walk would visit exactly the matching leads
 * scoring at least that. When that is more than the column itself holds, reading the column's own leads
 * (by stage or by the filter's indexes) and keeping the best is cheaper, so the score index is ruled out.
 */
function planColumn(buckets: Bucket[], stageId: string | null, perColumn: number): Plan | null {
  const mine = buckets.filter((bucket) => bucket.stageId === stageId);
  const count = sum(mine.map((bucket) => bucket.count));
  if (count === 0 || perColumn <= 0) return null;
  const scores = [...new Set(mine.map((bucket) => bucket.score))].sort((a, b) => b - a);
  let cutoff = scores.at(-1)!;
  let taken = 0;
  for (const score of scores) {
    taken += sum(mine.filter((bucket) => bucket.score === score).map((bucket) => bucket.count));
    if (taken >= perColumn) {
      cutoff = score;
      break;
    }
  }
  const walk = sum(buckets.filter((bucket) => bucket.score >= cutoff).map((bucket) => bucket.count));
  return { stageId, cutoff, byScoreIndex: walk <= count };
}

async function topCards(db: Executor, { orgId, filter, plans, perColumn }: { orgId: string; filter: Partial<LeadFilter>; plans: Plan[]; perColumn: number }): Promise<BoardCard[]> {
  const branches = plans.map(({ stageId, cutoff, byScoreIndex }) => {
    // `score + 0` is the same value, but no index orders by it: that is how a branch rules the score index out.
    const score = byScoreIndex ? sql`${leads.score}` : sql`(${leads.score} + 0)`;
    return db
      .select({
        id: leads.id,
        name: leads.name,
        company: leads.company,
        email: leads.email,
        valueCents: leads.valueCents,
        currency: leads.currency,
        score: leads.score,
        stageId: leads.stageId,
        ownerName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      })
      .from(leads)
      .leftJoin(users, eq(users.id, leads.ownerId))
      .where(and(leadFilters(orgId, filter), stageId ? eq(leads.stageId, stageId) : isNull(leads.stageId), sql`${score} >= ${cutoff}`))
      .orderBy(desc(score), desc(leads.id))
      .limit(perColumn);
  });
  const [first, second, ...rest] = branches;
  if (!first) return [];
  // One statement; each branch is planned with its own stage id, cutoff and access path.
  const rows = second ? await unionAll(first, second, ...rest) : await first;
  return rows.sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1));
}
