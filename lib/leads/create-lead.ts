import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { leads, pipelineStages, orgMembers } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { CreateLeadInput } from './schemas';

/** Stage and owner ids come from the client: they must belong to the same workspace. */
async function assertSameWorkspace(db: Db, orgId: string, input: Pick<CreateLeadInput, 'stageId' | 'ownerId'>) {
  if (input.stageId) {
    const [stage] = await db.select({ id: pipelineStages.id }).from(pipelineStages).where(and(eq(pipelineStages.id, input.stageId), eq(pipelineStages.orgId, orgId)));
    if (!stage) throw new AppError('bad_request', 'That stage does not exist in this workspace.', { details: { field: 'stageId' } });
  }
  if (input.ownerId) {
    const [member] = await db.select({ id: orgMembers.id }).from(orgMembers).where(and(eq(orgMembers.userId, input.ownerId), eq(orgMembers.orgId, orgId)));
    if (!member) throw new AppError('bad_request', 'The owner must be a member of this workspace.', { details: { field: 'ownerId' } });
  }
}

/**
 * Creates a lead, or updates the workspace's lead with the same email: one row per email per workspace,
 * whoever submits it. Fields given now win; fields left out keep their stored values; tags are merged.
 * Returns the row and whether it was created.
 */
export async function createLead(db: Db, { orgId, input }: { orgId: string; input: CreateLeadInput }) {
  await assertSameWorkspace(db, orgId, input);
  const values = { ...input, orgId, tags: input.tags ?? [] };
  if (!input.email) {
    const [lead] = await db.insert(leads).values(values).returning();
    return { lead: lead!, created: true };
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
        updatedAt: sql`now()`,
      },
    })
    // xmax = 0 only on a freshly inserted row version: tells an insert from an update.
    .returning({ ...getTableColumns(leads), created: sql<boolean>`(xmax = 0)` });
  const { created, ...lead } = row!;
  return { lead, created };
}
