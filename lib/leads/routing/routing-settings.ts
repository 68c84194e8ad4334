import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leadRoutingSettings, type LeadRoutingSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import type { BusinessHours } from '@/lib/leads/pipeline/business-hours';
import { isActiveMember, listRotation, nextInRotation } from './rotation';
import type { UpdateLeadRoutingInput } from './routing-schemas';

export type LeadRouting = Omit<LeadRoutingSettings, 'orgId' | 'updatedAt'>;

/** What a workspace without a settings row gets: the same values as the table's defaults. */
export const DEFAULT_LEAD_ROUTING: LeadRouting = {
  mode: 'round_robin',
  fixedOwnerId: null,
  lastAssignedUserId: null,
  timeZone: 'UTC',
  businessHoursStart: 9,
  businessHoursEnd: 17,
  workDays: [1, 2, 3, 4, 5],
};

export async function getLeadRoutingSettings(db: Executor, orgId: string): Promise<LeadRouting> {
  const [row] = await db.select().from(leadRoutingSettings).where(eq(leadRoutingSettings.orgId, orgId));
  if (!row) return { ...DEFAULT_LEAD_ROUTING };
  const { orgId: _orgId, updatedAt: _updatedAt, ...settings } = row;
  return settings;
}

export function businessHoursOf(settings: LeadRouting): BusinessHours {
  return { timeZone: settings.timeZone, startHour: settings.businessHoursStart, endHour: settings.businessHoursEnd, workDays: settings.workDays };
}

/** Who round robin would give the next lead to (the settings page's preview); null when nobody can get one. */
export async function getNextRoundRobinMember(db: Executor, orgId: string) {
  const [settings, members] = await Promise.all([getLeadRoutingSettings(db, orgId), listRotation(db, orgId)]);
  const next = nextInRotation(members, settings.lastAssignedUserId);
  return next ? { userId: next.userId, name: next.name, email: next.email } : null;
}

/**
 * Saves how the workspace routes new leads and when its working day runs, audited with the values before
 * and after. The round-robin cursor is left alone: changing the hours does not reset whose turn it is.
 */
export async function updateLeadRouting(ctx: Ctx, input: UpdateLeadRoutingInput) {
  const fixedOwnerId = input.mode === 'fixed' ? (input.fixedOwnerId ?? null) : null;
  if (input.mode === 'fixed') {
    if (!fixedOwnerId || !(await isActiveMember(ctx.db, { orgId: ctx.org.id, userId: fixedOwnerId }))) {
      throw new AppError('bad_request', 'Choose a current member of this workspace.', { details: { field: 'fixedOwnerId' } });
    }
  }
  const values = {
    mode: input.mode,
    fixedOwnerId,
    timeZone: input.timeZone,
    businessHoursStart: input.startHour,
    businessHoursEnd: input.endHour,
    workDays: input.workDays,
  };
  return ctx.db.transaction(async (tx) => {
    const before = await getLeadRoutingSettings(tx, ctx.org.id);
    const [row] = await tx
      .insert(leadRoutingSettings)
      .values({ orgId: ctx.org.id, ...values })
      .onConflictDoUpdate({ target: leadRoutingSettings.orgId, set: { ...values, updatedAt: sql`now()` } })
      .returning();
    const { lastAssignedUserId: _cursor, ...from } = before;
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actorType: ctx.actor,
      actorUserId: ctx.user?.id ?? null,
      actorApiKeyId: ctx.apiKey?.id ?? null,
      action: 'org.lead_routing_updated',
      targetType: 'org',
      targetId: ctx.org.id,
      metadata: { from, to: values },
      requestId: ctx.requestId ?? null,
    });
    const { orgId: _orgId, updatedAt: _updatedAt, ...settings } = row!;
    return settings;
  });
}
