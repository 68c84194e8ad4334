import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { activities, leads, orgs, type Lead } from '@/db/schema';
import { DEFAULT_SCORE_CONFIG, scoreLead, type ScoreActivityType } from './score';

// Engagement older than this many half-lives is worth under 0.1% of its points: not worth loading.
const HALF_LIVES_CONSIDERED = 10;
const MAX_ACTIVITIES_SCORED = 500;

type ScorableLead = Pick<Lead, 'email' | 'company' | 'title' | 'source' | 'priority' | 'customFields'>;

function companySizeOf(lead: ScorableLead): number | null {
  const value = Number(lead.customFields?.company_size);
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function scoreFromRows(lead: ScorableLead, rows: { type: string; occurredAt: Date }[], now: Date, halfLifeDays: number) {
  const activityRows = rows.filter((row) => row.type !== 'lead_merged') as { type: ScoreActivityType; occurredAt: Date }[];
  return scoreLead({ lead: { ...lead, companySize: companySizeOf(lead) }, activities: activityRows }, now, { ...DEFAULT_SCORE_CONFIG, halfLifeDays });
}

/** The workspace's engagement half-life in days (Settings → Lead fields). */
export async function scoreHalfLifeOf(db: Executor, orgId: string) {
  const [org] = await db.select({ halfLife: orgs.scoreHalfLifeDays }).from(orgs).where(eq(orgs.id, orgId));
  return org?.halfLife ?? DEFAULT_SCORE_CONFIG.halfLifeDays;
}

/** Recomputes one lead's score and reasons from its fields and recent activities, and stores both. */
export async function recomputeLeadScore(db: Executor, { orgId, leadId, now = new Date() }: { orgId: string; leadId: string; now?: Date }) {
  // Runs on every activity: the lead and its workspace's half-life come in one query.
  const [row] = await db
    .select({ lead: leads, halfLifeDays: orgs.scoreHalfLifeDays })
    .from(leads)
    .innerJoin(orgs, eq(orgs.id, leads.orgId))
    .where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)));
  if (!row) return null;
  const { lead, halfLifeDays } = row;
  const rows = await db
    .select({ type: activities.type, occurredAt: activities.occurredAt })
    .from(activities)
    .where(and(eq(activities.leadId, leadId), eq(activities.orgId, orgId)))
    .orderBy(desc(activities.occurredAt))
    .limit(MAX_ACTIVITIES_SCORED);
  const { score, reasons } = scoreFromRows(lead, rows, now, halfLifeDays);
  await db.update(leads).set({ score, scoreReasons: reasons }).where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)));
  return { score, reasons };
}

/**
 * The nightly pass: engagement decays with time alone, so leads with recent activity are rescored even
 * when nothing new happened. Works in batches by id so a million leads never sit in memory at once.
 */
export async function rescoreWorkspace(db: Executor, { orgId, now = new Date(), batchSize = 500 }: { orgId: string; now?: Date; batchSize?: number }) {
  const halfLifeDays = await scoreHalfLifeOf(db, orgId);
  const since = new Date(now.getTime() - HALF_LIVES_CONSIDERED * halfLifeDays * 86_400_000);
  let afterId: string | null = null;
  let rescored = 0;
  for (;;) {
    const batch: Lead[] = await db
      .select()
      .from(leads)
      .where(and(eq(leads.orgId, orgId), gt(leads.lastActivityAt, since), afterId ? gt(leads.id, afterId) : undefined))
      .orderBy(leads.id)
      .limit(batchSize);
    if (batch.length === 0) return { rescored };
    const rows = await db
      .select({ leadId: activities.leadId, type: activities.type, occurredAt: activities.occurredAt })
      .from(activities)
      .where(and(eq(activities.orgId, orgId), inArray(activities.leadId, batch.map((lead) => lead.id)), gt(activities.occurredAt, since)));
    const byLead = new Map<string, typeof rows>();
    for (const row of rows) byLead.set(row.leadId, [...(byLead.get(row.leadId) ?? []), row]);
    const updates = batch.map((lead) => ({ id: lead.id, ...scoreFromRows(lead, byLead.get(lead.id) ?? [], now, halfLifeDays) }));
    await db.execute(sql`
      update leads set score = v.score, score_reasons = v.reasons
      from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as v(id uuid, score int, reasons jsonb)
      where leads.id = v.id and leads.org_id = ${orgId}`);
    rescored += batch.length;
    afterId = batch.at(-1)!.id;
  }
}

/** Every workspace's nightly rescore, one after another. */
export async function rescoreAllWorkspaces(db: Executor, now = new Date()) {
  const all = await db.select({ id: orgs.id }).from(orgs);
  let rescored = 0;
  for (const org of all) rescored += (await rescoreWorkspace(db, { orgId: org.id, now })).rescored;
  return { workspaces: all.length, rescored };
}
