import type { Executor } from '@/db';
import { emit } from '@/lib/jobs/events';
import { log } from '@/lib/log';

/**
 * Starts the lead pipeline for a lead a person or an API client just created (not for one an email matched
 * and updated). The lead is committed by now, so a failure to queue the event is logged and never turns
 * the caller's successful create into an error they would retry (and create a second lead).
 */
export async function emitLeadCreated(db: Executor, lead: { orgId: string; id: string; source: string | null }) {
  try {
    await emit(db, 'lead/created', { orgId: lead.orgId, leadId: lead.id, source: lead.source });
  } catch (error) {
    log.error({ err: error, orgId: lead.orgId, leadId: lead.id }, 'lead/created event failed');
  }
}
