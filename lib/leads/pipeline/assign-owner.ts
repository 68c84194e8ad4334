import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leadRoutingSettings, leads } from '@/db/schema';
import { isActiveMember, listRotation, nextInRotation } from '@/lib/leads/routing/rotation';

/**
 * Picks the owner of a new lead by the workspace's routing mode and, for round robin, moves the cursor.
 * Run it in the transaction that stores the owner: the settings row stays locked until then, so two leads
 * arriving together get two different members (and a rolled-back assignment does not use up a turn).
 */
export async function chooseOwner(tx: Executor, orgId: string): Promise<string | null> {
  // A workspace that never saved its settings has no row to lock yet: create it with the defaults first.
  await tx.insert(leadRoutingSettings).values({ orgId }).onConflictDoNothing();
  const [settings] = await tx.select().from(leadRoutingSettings).where(eq(leadRoutingSettings.orgId, orgId)).for('update');
  if (!settings || settings.mode === 'none') return null;
  if (settings.mode === 'fixed' && settings.fixedOwnerId && (await isActiveMember(tx, { orgId, userId: settings.fixedOwnerId }))) {
    return settings.fixedOwnerId;
  }
  // Round robin, also when the fixed owner left the workspace: new leads still reach someone.
  const next = nextInRotation(await listRotation(tx, orgId), settings.lastAssignedUserId);
  if (!next) return null;
  await tx.update(leadRoutingSettings).set({ lastAssignedUserId: next.userId }).where(eq(leadRoutingSettings.orgId, orgId));
  return next.userId;
}

export type OwnerAssignment = { ownerId: string | null; assigned: boolean };

/**
 * Gives an unowned lead an owner. A lead that already has one keeps it, which is what makes a replayed
 * event change nothing (and leaves the round-robin cursor where it was). Null when the lead is gone.
 */
export async function assignLeadOwner(db: Executor, { orgId, leadId }: { orgId: string; leadId: string }): Promise<OwnerAssignment | null> {
  return db.transaction(async (tx) => {
    const [lead] = await tx
      .select({ ownerId: leads.ownerId })
      .from(leads)
      .where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)))
      .for('update');
    if (!lead) return null;
    if (lead.ownerId) return { ownerId: lead.ownerId, assigned: false };
    const ownerId = await chooseOwner(tx, orgId);
    if (!ownerId) return { ownerId: null, assigned: false };
    await tx.update(leads).set({ ownerId, updatedAt: sql`now()` }).where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)));
    return { ownerId, assigned: true };
  });
}
