import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { marketingStrategies, users, type MarketingStrategy, type StrategyPlan } from '@/db/schema';
import type { AiProviderKind, StrategySource } from '@/db/schema/values';
import { AppError } from '@/lib/errors';

/** A version as the strategy page lists it (plain JSON). */
export type StrategyVersionView = {
  id: string;
  version: number;
  isActive: boolean;
  source: StrategySource;
  provider: AiProviderKind | null;
  createdByName: string | null;
  createdAt: string;
};

export type StrategyView = StrategyVersionView & { plan: StrategyPlan };

const MAX_VERSIONS_LISTED = 50;

export function toStrategyView(row: MarketingStrategy, createdByName: string | null = null): StrategyView {
  return {
    id: row.id,
    version: row.version,
    isActive: row.isActive,
    source: row.source,
    provider: row.provider,
    createdByName,
    createdAt: row.createdAt.toISOString(),
    plan: row.plan,
  };
}

type NewVersion = { orgId: string; plan: StrategyPlan; source: StrategySource; provider: AiProviderKind | null; createdById: string | null };

/**
 * Stores a plan as the workspace's next version and makes it the active one, in one transaction. The
 * per-workspace lock makes two saves at once take versions n+1 and n+2 instead of colliding.
 */
export async function saveStrategyVersion(db: Db, { orgId, plan, source, provider, createdById }: NewVersion): Promise<MarketingStrategy> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('marketing_strategies'), hashtext(${orgId}))`);
    const [{ latest }] = (await tx
      .select({ latest: sql<number>`coalesce(max(${marketingStrategies.version}), 0)::int` })
      .from(marketingStrategies)
      .where(eq(marketingStrategies.orgId, orgId))) as [{ latest: number }];
    await tx
      .update(marketingStrategies)
      .set({ isActive: false })
      .where(and(eq(marketingStrategies.orgId, orgId), eq(marketingStrategies.isActive, true)));
    const [row] = await tx
      .insert(marketingStrategies)
      .values({ orgId, version: latest + 1, isActive: true, plan, source, provider, createdById })
      .returning();
    return row!;
  });
}

/** Makes an earlier (or the current) version the active one. */
export async function activateStrategy(db: Db, { orgId, strategyId }: { orgId: string; strategyId: string }): Promise<MarketingStrategy> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('marketing_strategies'), hashtext(${orgId}))`);
    const [target] = await tx
      .select({ id: marketingStrategies.id })
      .from(marketingStrategies)
      .where(and(eq(marketingStrategies.id, strategyId), eq(marketingStrategies.orgId, orgId)));
    if (!target) throw new AppError('not_found', 'Strategy version not found.');
    await tx
      .update(marketingStrategies)
      .set({ isActive: false })
      .where(and(eq(marketingStrategies.orgId, orgId), eq(marketingStrategies.isActive, true)));
    const [row] = await tx
      .update(marketingStrategies)
      .set({ isActive: true })
      .where(and(eq(marketingStrategies.id, strategyId), eq(marketingStrategies.orgId, orgId)))
      .returning();
    return row!;
  });
}

export async function getActiveStrategy(db: Db, { orgId }: { orgId: string }): Promise<MarketingStrategy | null> {
  const [row] = await db
    .select()
    .from(marketingStrategies)
    .where(and(eq(marketingStrategies.orgId, orgId), eq(marketingStrategies.isActive, true)));
  return row ?? null;
}

/** Every version, newest first, with the plan of each (the page shows any of them on request). */
export async function listStrategyVersions(db: Db, { orgId }: { orgId: string }): Promise<StrategyView[]> {
  const rows = await db
    .select({ strategy: marketingStrategies, createdByName: sql<string | null>`coalesce(${users.name}, ${users.email})` })
    .from(marketingStrategies)
    .leftJoin(users, eq(users.id, marketingStrategies.createdById))
    .where(eq(marketingStrategies.orgId, orgId))
    .orderBy(desc(marketingStrategies.version))
    .limit(MAX_VERSIONS_LISTED);
  return rows.map(({ strategy, createdByName }) => toStrategyView(strategy, createdByName));
}
