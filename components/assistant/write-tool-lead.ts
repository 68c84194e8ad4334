'use client';

import { useQuery } from '@tanstack/react-query';
import { describeLeadsAction } from '@/lib/actions/assistant/describe-leads';

/** The lead a proposed write targets, as the workspace knows it; null when the id is no lead of this workspace. */
export type LeadRef = { id: string; name: string; email: string | null } | null;

export function leadRefKey(orgSlug: string, leadId: string) {
  return ['assistant', orgSlug, 'lead-ref', leadId] as const;
}

async function fetchLeadRef(orgSlug: string, leadId: string): Promise<LeadRef> {
  const result = await describeLeadsAction({ orgSlug, leadIds: [leadId] });
  // A malformed id cannot be a lead: that is "unknown", not a failure to retry.
  if (result?.validationErrors) return null;
  if (!result?.data) throw new Error(result?.serverError ?? 'The lead could not be looked up.');
  return result.data.leads.find((lead) => lead.id === leadId) ?? null;
}

/**
 * Looks up the lead named by a write tool's input (`leadId`) while the card waits for approval; afterwards the
 * cached answer is reused. Without a lead id there is nothing to look up.
 */
export function useWriteToolLead(orgSlug: string, leadId: string | undefined, awaitingApproval: boolean) {
  return useQuery({
    queryKey: leadRefKey(orgSlug, leadId ?? ''),
    queryFn: () => fetchLeadRef(orgSlug, leadId!),
    enabled: Boolean(leadId) && awaitingApproval,
    staleTime: 60_000,
    retry: 1,
  });
}
