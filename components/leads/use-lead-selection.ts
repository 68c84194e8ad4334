'use client';

import { useState } from 'react';

/**
 * Ticked rows of the current page, or "every lead matching the filter". The second is a mode, not a list
 * of ids: the server applies the action to the filter, however many leads that is.
 */
export function useLeadSelection(pageIds: string[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const isPageSelected = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  function toggle(id: string) {
    // Unticking one row leaves "all matching": there is no "all except" selection.
    setAllMatching(false);
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function togglePage() {
    setAllMatching(false);
    setSelected(isPageSelected ? new Set() : new Set(pageIds));
  }

  function clear() {
    setAllMatching(false);
    setSelected(new Set());
  }

  return {
    selected,
    allMatching,
    isPageSelected,
    isPartlySelected: selected.size > 0 && !isPageSelected,
    toggle,
    togglePage,
    selectAllMatching: () => setAllMatching(true),
    clear,
  };
}

export type LeadSelectionState = ReturnType<typeof useLeadSelection>;
