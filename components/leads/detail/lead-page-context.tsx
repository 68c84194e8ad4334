'use client';

import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, type ReactNode } from 'react';

export type MemberOption = { userId: string; name: string | null; email: string };
export type StageOption = { id: string; name: string };

type LeadPage = {
  orgSlug: string;
  orgId: string;
  leadId: string;
  members: MemberOption[];
  stages: StageOption[];
  /** The server's clock when the page rendered: relative times print the same text on server and client. */
  renderedAt: string;
};

const LeadPageContext = createContext<LeadPage | null>(null);

/** What every part of the lead page needs to call actions and label ids, without threading props. */
export function LeadPageProvider({ value, children }: { value: LeadPage; children: ReactNode }) {
  return <LeadPageContext.Provider value={value}>{children}</LeadPageContext.Provider>;
}

export function useLeadPage() {
  const value = useContext(LeadPageContext);
  if (!value) throw new Error('useLeadPage() outside LeadPageProvider');
  return value;
}

export const timelineKey = (orgId: string, leadId: string) => ['org', orgId, 'leads', leadId, 'activities'] as const;

/**
 * Actions revalidate the page's server data; the timeline is a client-side infinite query, so anything that
 * writes to it (notes, stage changes, tasks, merges) refetches it too.
 */
export function useRefreshTimeline() {
  const { orgId, leadId } = useLeadPage();
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: timelineKey(orgId, leadId) }), [queryClient, orgId, leadId]);
}

export function memberLabel(member: Pick<MemberOption, 'name' | 'email'>) {
  return member.name?.trim() || member.email;
}
