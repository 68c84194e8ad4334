import type { Executor } from '@/db';
import { createNotification } from '@/lib/notifications/create-notification';
import type { PipelineLead } from './pipeline-lead';

export function leadAssignedDedupeKey(leadId: string) {
  return `lead-assigned:${leadId}`;
}

/**
 * Tells the lead's owner about it in the app, once per lead: the dedupe key makes a retry or a replay store
 * nothing new. Returns the notification id, or null when it existed already.
 */
export async function notifyLeadOwner(db: Executor, { lead, ownerId, source }: { lead: PipelineLead; ownerId: string; source: string | null }) {
  const from = lead.source ?? source;
  return createNotification(db, {
    orgId: lead.org.id,
    userId: ownerId,
    type: 'lead_assigned',
    title: `New lead: ${lead.name}${from ? ` (${from})` : ''}`,
    body: [lead.company, lead.email].filter(Boolean).join(' · ') || null,
    href: `/app/${lead.org.slug}/leads/${lead.id}`,
    dedupeKey: leadAssignedDedupeKey(lead.id),
  });
}
