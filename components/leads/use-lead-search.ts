'use client';

import { useQueryStates } from 'nuqs';
import { useTransition } from 'react';
import { leadSearchParsers } from './lead-search-params';

/**
 * The list's URL state on the client. `shallow: false` re-renders the page on the server, so every change
 * fetches fresh rows; the transition says when they are on their way.
 */
export function useLeadSearch() {
  const [isPending, startTransition] = useTransition();
  const [search, setSearch] = useQueryStates(leadSearchParsers, { shallow: false, startTransition });
  return { search, setSearch, isPending };
}

export type LeadSearch = ReturnType<typeof useLeadSearch>;
export type LeadSearchPatch = Parameters<LeadSearch['setSearch']>[0];
