import { eq, sql } from 'drizzle-orm';
import { orgs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { rescoreWorkspace } from './rescore';
import type { UpdateScoreSettingsInput } from './score-settings-schemas';

export async function getScoreSettings(ctx: Pick<Ctx, 'db' | 'org'>) {
  const [org] = await ctx.db.select({ halfLifeDays: orgs.scoreHalfLifeDays }).from(orgs).where(eq(orgs.id, ctx.org.id));
  if (!org) throw new AppError('not_found', 'Workspace not found.');
  return org;
}

/**
 * Sets how fast engagement points fade (their half-life in days), audited, then rescores the workspace's
 * recently active leads so stored scores and their "why" follow the new setting at once rather than after
 * the next activity.
 */
export async function updateScoreSettings(ctx: Ctx, input: UpdateScoreSettingsInput) {
  const previous = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select({ halfLifeDays: orgs.scoreHalfLifeDays }).from(orgs).where(eq(orgs.id, ctx.org.id)).for('update');
    if (!current) throw new AppError('not_found', 'Workspace not found.');
    await tx.update(orgs).set({ scoreHalfLifeDays: input.halfLifeDays, updatedAt: sql`now()` }).where(eq(orgs.id, ctx.org.id));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actorType: ctx.actor,
      actorUserId: ctx.user?.id ?? null,
      actorApiKeyId: ctx.apiKey?.id ?? null,
      action: 'org.score_settings_updated',
      targetType: 'org',
      targetId: ctx.org.id,
      metadata: { from: { halfLifeDays: current.halfLifeDays }, to: { halfLifeDays: input.halfLifeDays } },
      requestId: ctx.requestId ?? null,
    });
    return current.halfLifeDays;
  });
  const { rescored } = previous === input.halfLifeDays ? { rescored: 0 } : await rescoreWorkspace(ctx.db, { orgId: ctx.org.id, now: ctx.now });
  return { halfLifeDays: input.halfLifeDays, rescored };
}
