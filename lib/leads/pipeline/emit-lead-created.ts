import type { Executor } from '@/db';
import { emit } from '@/lib/jobs/events';
import { log } from '@/lib/log';

/**
 * Starts the lead pipeline for a lead a person or an API client just created (not for one an email matched
 * and updated). `createdById` is the member who created it (null for an API key or a visitor): the pipeline
 * does not notify someone about a lead they entered themselves. The lead is committed by now, so a failure
 * to queue the event is logged and never turns the caller's successful create into an error they would
 * retry (and create a second lead).
 */
export async function emitLeadCreated(db: Executor, lead: { orgId: string; id: string; source: string | null }, createdById: string | null) {
  try {
    await emit(db, 'lead/created', { orgId: lead.orgId, leadId: lead.id, source: lead.source, createdById });
  } catch (error) {
    log.error({ err: error, orgId: lead.orgId, leadId: lead.id }, 'lead/created event failed');
  }
}
