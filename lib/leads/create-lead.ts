import { getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leads } from '@/db/schema';
import { validateCustomFieldValues } from './custom-fields';
import { recomputeLeadScore } from './rescore';
import type { CreateLeadInput } from './schemas';
import { assertSameWorkspace } from './update-lead';

/**
 * Creates a lead, or updates the workspace's lead with the same email: one row per email per workspace,
 * whoever submits it. Fields given now win; fields left out keep their stored values; tags are merged.
 * Returns the row and whether it was created. Takes a transaction too, when the lead is one part of a larger change.
 */
export async function createLead(db: Executor, { orgId, input }: { orgId: string; input: CreateLeadInput }) {
  await assertSameWorkspace(db, orgId, input);
  const customFields = input.customFields ? dropNulls(await validateCustomFieldValues(db, orgId, input.customFields)) : undefined;
  const values = { ...input, orgId, tags: input.tags ?? [], customFields };
  if (!input.email) {
    const [lead] = await db.insert(leads).values(values).returning();
    return { lead: await rescored(db, lead!), created: true };
  }
  // One statement, so two submissions of the same email at once still end in one row.
  const [row] = await db
    .insert(leads)
    .values(values)
    .onConflictDoUpdate({
      target: [leads.orgId, leads.email],
      targetWhere: sql`${leads.email} is not null`,
      set: {
        name: sql`excluded.name`,
        company: sql`coalesce(excluded.company, ${leads.company})`,
        phone: sql`coalesce(excluded.phone, ${leads.phone})`,
        title: sql`coalesce(excluded.title, ${leads.title})`,
        source: sql`coalesce(${leads.source}, excluded.source)`,
        tags: sql`array(select distinct unnest(${leads.tags} || excluded.tags))`,
        customFields: sql`${leads.customFields} || excluded.custom_fields`,
        updatedAt: sql`now()`,
        // stage_id is left out on purpose: a matched lead keeps its stage, and with it its stage_changed_at.
      },
    })
    // xmax = 0 only on a freshly inserted row version: tells an insert from an update.
    .returning({ ...getTableColumns(leads), created: sql<boolean>`(xmax = 0)` });
  const { created, ...lead } = row!;
  return { lead: await rescored(db, lead), created };
}

function dropNulls(values: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
}

async function rescored<T extends { id: string; orgId: string }>(db: Executor, lead: T) {
  const result = await recomputeLeadScore(db, { orgId: lead.orgId, leadId: lead.id });
  return result ? { ...lead, score: result.score, scoreReasons: result.reasons } : lead;
}
