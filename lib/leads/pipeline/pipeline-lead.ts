import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leads, orgs } from '@/db/schema';

/** The lead fields the pipeline's steps need, with its workspace; undefined when the lead was deleted. */
export async function getPipelineLead(db: Executor, { orgId, leadId }: { orgId: string; leadId: string }) {
  const [row] = await db
    .select({
      id: leads.id,
      name: leads.name,
      email: leads.email,
      company: leads.company,
      source: leads.source,
      ownerId: leads.ownerId,
      createdAt: leads.createdAt,
      org: { id: orgs.id, slug: orgs.slug, name: orgs.name, plan: orgs.plan },
    })
    .from(leads)
    .innerJoin(orgs, eq(orgs.id, leads.orgId))
    .where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)));
  return row;
}

export type PipelineLead = NonNullable<Awaited<ReturnType<typeof getPipelineLead>>>;
