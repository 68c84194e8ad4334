import type { Lead } from '@/db/schema';

/** The fields of a lead the list can show (see LEAD_LIST_COLUMNS); dates cross to the client as Dates. */
export type LeadRow = Pick<
  Lead,
  'id' | 'name' | 'email' | 'company' | 'phone' | 'title' | 'stageId' | 'ownerId' | 'source' | 'tags' | 'score' | 'valueCents' | 'currency' | 'createdAt' | 'lastActivityAt'
>;

export type StageOption = { id: string; name: string };
export type MemberOption = { userId: string; label: string };

export function toLeadRow(lead: Lead): LeadRow {
  const { id, name, email, company, phone, title, stageId, ownerId, source, tags, score, valueCents, currency, createdAt, lastActivityAt } = lead;
  return { id, name, email, company, phone, title, stageId, ownerId, source, tags, score, valueCents, currency, createdAt, lastActivityAt };
}
