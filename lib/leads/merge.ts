import { and, eq, inArray, sql } from 'drizzle-orm';
import { activities, formSubmissions, leads, meetings, tasks, type Lead } from '@/db/schema';
import { hasAttribution } from '@/lib/analytics/attribution';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { recordActivity } from './activities';
import { MERGE_FIELDS, mergeLeadsSchema, type MergeLeadsInput } from './merge-schemas';
import { recomputeLeadScore } from './rescore';

function latest(a: Date | null, b: Date | null) {
  return a && b ? (a > b ? a : b) : (a ?? b);
}

/**
 * Merges the secondary lead into the primary: chosen fields are copied over, tags and custom fields are
 * combined, activities, meetings, tasks and form submissions move, the first-touch attribution is kept, and
 * the secondary is deleted — all in one transaction, with both rows locked so a concurrent edit cannot slip
 * in between.
 */
export async function mergeLeads(ctx: Ctx, rawInput: MergeLeadsInput) {
  const { primaryId, secondaryId, pick } = mergeLeadsSchema.parse(rawInput);
  const merged = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(leads)
      .where(and(eq(leads.orgId, ctx.org.id), inArray(leads.id, [primaryId, secondaryId])))
      .orderBy(leads.id)
      .for('update');
    const primary = rows.find((row) => row.id === primaryId);
    const secondary = rows.find((row) => row.id === secondaryId);
    if (!primary || !secondary) throw new AppError('not_found', 'Lead not found.');

    const chosen: Partial<Lead> = {};
    for (const field of MERGE_FIELDS) {
      if (pick[field] === 'secondary') Object.assign(chosen, { [field]: secondary[field] });
    }
    // Form submissions cascade with their lead: moving them first keeps the record of what the person sent.
    for (const table of [activities, meetings, tasks, formSubmissions]) {
      await tx.update(table).set({ leadId: primaryId }).where(and(eq(table.orgId, ctx.org.id), eq(table.leadId, secondaryId)));
    }
    // The secondary goes first: its email may be the one kept, and emails are unique per workspace.
    await tx.delete(leads).where(and(eq(leads.id, secondaryId), eq(leads.orgId, ctx.org.id)));
    await tx
      .update(leads)
      .set({
        ...chosen,
        // Both rows are locked, so combining in JS is safe (and avoids binding arrays and Dates inside sql``).
        tags: [...new Set([...primary.tags, ...secondary.tags])],
        customFields: { ...secondary.customFields, ...primary.customFields },
        lastActivityAt: latest(primary.lastActivityAt, secondary.lastActivityAt),
        // First touch: how the person first arrived, which is the primary's unless only the secondary knows.
        attribution: !hasAttribution(primary.attribution) && hasAttribution(secondary.attribution) ? secondary.attribution : primary.attribution,
        updatedAt: sql`now()`,
      })
      .where(and(eq(leads.id, primaryId), eq(leads.orgId, ctx.org.id)));
    await recordActivity(tx, ctx, {
      leadId: primaryId,
      type: 'lead_merged',
      body: `Merged ${secondary.name}${secondary.email ? ` <${secondary.email}>` : ''} into this lead`,
      data: { mergedLeadId: secondaryId, mergedName: secondary.name, mergedEmail: secondary.email, picked: pick },
    });
    await recomputeLeadScore(tx, { orgId: ctx.org.id, leadId: primaryId });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actorType: ctx.actor,
      actorUserId: ctx.user?.id ?? null,
      actorApiKeyId: ctx.apiKey?.id ?? null,
      action: 'lead.merged',
      targetType: 'lead',
      targetId: primaryId,
      metadata: { mergedLeadId: secondaryId, mergedName: secondary.name },
    });
    const [result] = await tx.select().from(leads).where(and(eq(leads.id, primaryId), eq(leads.orgId, ctx.org.id)));
    return result!;
  });
  return merged;
}
