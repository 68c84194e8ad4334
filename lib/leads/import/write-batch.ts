import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { activities } from '@/db/schema';
import { scoreFromRows } from '../rescore';
import type { CreateLeadInput } from '../schemas';
import type { ImportDedupe } from './mapping';

// Same window as the nightly rescore: engagement older than ten half-lives is worth nothing.
const HALF_LIVES_CONSIDERED = 10;

export type BatchCounts = { created: number; updated: number; skipped: number };

/** What a second row for the same email does to the first, mirroring the database's ON CONFLICT update. */
export function mergeLeadInputs(first: CreateLeadInput, next: CreateLeadInput): CreateLeadInput {
  const tags = [...new Set([...(first.tags ?? []), ...(next.tags ?? [])])];
  return {
    ...first,
    name: next.name,
    company: next.company ?? first.company,
    phone: next.phone ?? first.phone,
    title: next.title ?? first.title,
    source: first.source ?? next.source,
    valueCents: next.valueCents ?? first.valueCents,
    tags: tags.length ? tags : undefined,
    customFields: first.customFields || next.customFields ? { ...first.customFields, ...next.customFields } : undefined,
  };
}

/**
 * One INSERT cannot touch the same row twice, so rows sharing an email are folded first, with the result
 * the rows would have one after another: with 'skip' the first row creates the lead and later ones are
 * skipped; with 'update' later rows are merged into it (and count as updates).
 */
export function collapseDuplicates(inputs: CreateLeadInput[], dedupe: ImportDedupe) {
  const unique: CreateLeadInput[] = [];
  const slotOf = new Map<string, number>();
  let folded = 0;
  for (const input of inputs) {
    const slot = input.email ? slotOf.get(input.email) : undefined;
    if (slot === undefined) {
      if (input.email) slotOf.set(input.email, unique.length);
      unique.push(input);
      continue;
    }
    folded += 1;
    if (dedupe === 'update') unique[slot] = mergeLeadInputs(unique[slot]!, input);
  }
  return { unique, folded };
}

type UpsertedRow = {
  id: string; email: string | null; company: string | null; title: string | null; source: string | null;
  priority: 'low' | 'normal' | 'high'; custom_fields: Record<string, unknown>; created: boolean;
};

// As createLead: given fields win, empty cells keep stored values, the first source stays, tags merge.
const UPDATE_EXISTING = sql.raw(`do update set
  name = excluded.name,
  company = coalesce(excluded.company, leads.company),
  phone = coalesce(excluded.phone, leads.phone),
  title = coalesce(excluded.title, leads.title),
  source = coalesce(leads.source, excluded.source),
  value_cents = coalesce(excluded.value_cents, leads.value_cents),
  tags = array(select distinct unnest(leads.tags || excluded.tags)),
  custom_fields = leads.custom_fields || excluded.custom_fields,
  updated_at = now()`);

/**
 * Writes one batch of valid rows in one INSERT and returns how many leads were created, updated and
 * skipped. New leads get their fit score in the same statement; leads updated in place are rescored
 * afterwards from their merged fields and their recent activities.
 * Imported leads do not emit `lead/created` on purpose: an import is bulk work, and 100,000 pipeline runs
 * would flood members with notifications and first-response tasks; imported leads are assigned in bulk from the lead list.
 */
export async function writeLeadBatch(
  tx: Tx,
  { orgId, inputs, dedupe, now, halfLifeDays }: { orgId: string; inputs: CreateLeadInput[]; dedupe: ImportDedupe; now: Date; halfLifeDays: number },
): Promise<BatchCounts> {
  const { unique, folded } = collapseDuplicates(inputs, dedupe);
  if (unique.length === 0) return { created: 0, updated: 0, skipped: 0 };
  const records = unique.map((input) => {
    const fit = { email: input.email ?? null, company: input.company ?? null, title: input.title ?? null, source: input.source ?? null };
    const { score, reasons } = scoreFromRows({ ...fit, priority: input.priority ?? 'normal', customFields: input.customFields ?? {} }, [], now, halfLifeDays);
    return {
      ...fit, name: input.name, phone: input.phone ?? null, tags: input.tags ?? [], value_cents: input.valueCents ?? null,
      custom_fields: input.customFields ?? {}, score, score_reasons: reasons,
    };
  });
  // The whole batch travels as one jsonb parameter: building a 500-row VALUES list with thousands of
  // parameters cost more than the insert itself.
  const rows = await tx.execute<UpsertedRow>(sql`
    insert into leads (org_id, name, email, company, phone, title, source, tags, value_cents, custom_fields, score, score_reasons)
    select ${orgId}::uuid, r.name, r.email, r.company, r.phone, r.title, r.source, r.tags, r.value_cents, r.custom_fields, r.score, r.score_reasons
    from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(
      name text, email text, company text, phone text, title text, source text, tags text[], value_cents bigint,
      custom_fields jsonb, score int, score_reasons jsonb)
    on conflict (org_id, email) where email is not null ${dedupe === 'skip' ? sql.raw('do nothing') : UPDATE_EXISTING}
    -- xmax = 0 only on a freshly inserted row version: tells an insert from an update.
    returning id, email, company, title, source, priority, custom_fields, (xmax = 0) as created`);
  if (dedupe === 'skip') return { created: rows.length, updated: 0, skipped: unique.length - rows.length + folded };
  const updated = rows.filter((row) => !row.created).map(({ custom_fields, ...row }) => ({ ...row, customFields: custom_fields }));
  await rescoreUpdated(tx, { orgId, updated, now, halfLifeDays });
  return { created: rows.length - updated.length, updated: updated.length + folded, skipped: 0 };
}

async function rescoreUpdated(
  tx: Tx,
  { orgId, updated, now, halfLifeDays }: { orgId: string; updated: (Parameters<typeof scoreFromRows>[0] & { id: string })[]; now: Date; halfLifeDays: number },
) {
  if (updated.length === 0) return;
  const since = new Date(now.getTime() - HALF_LIVES_CONSIDERED * halfLifeDays * 86_400_000);
  const rows = await tx
    .select({ leadId: activities.leadId, type: activities.type, occurredAt: activities.occurredAt })
    .from(activities)
    .where(and(eq(activities.orgId, orgId), inArray(activities.leadId, updated.map((lead) => lead.id)), gt(activities.occurredAt, since)));
  const byLead = new Map<string, typeof rows>();
  for (const row of rows) byLead.set(row.leadId, [...(byLead.get(row.leadId) ?? []), row]);
  const scores = updated.map((lead) => {
    const { score, reasons } = scoreFromRows(lead, byLead.get(lead.id) ?? [], now, halfLifeDays);
    return { id: lead.id, score, reasons };
  });
  await tx.execute(sql`
    update leads set score = v.score, score_reasons = v.reasons
    from jsonb_to_recordset(${JSON.stringify(scores)}::jsonb) as v(id uuid, score int, reasons jsonb)
    where leads.id = v.id and leads.org_id = ${orgId}`);
}
