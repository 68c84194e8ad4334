'use client';

import { X } from 'lucide-react';
import { debounce, useQueryStates } from 'nuqs';
import { useTransition } from 'react';
import { MoreFiltersPopover } from '@/components/leads/filters/more-filters-popover';
import { OpenTasksFilter } from '@/components/leads/filters/open-tasks-filter';
import { OwnerFilter } from '@/components/leads/filters/owner-filter';
import { ScoreRangeFilter } from '@/components/leads/filters/score-range-filter';
import { SearchFilter } from '@/components/leads/filters/search-filter';
import { SourceFilter } from '@/components/leads/filters/source-filter';
import { TagsFilter } from '@/components/leads/filters/tags-filter';
import { Button } from '@/components/ui/button';
import { boardSearchParsers } from './board-search-params';

export type BoardMemberOption = { userId: string; label: string };

/**
 * The board's filters, written to the URL under the lead list's names. `shallow: false` re-renders the page
 * on the server, so the columns, counts and sums always match the filter.
 */
export function BoardFilterBar({ members }: { members: BoardMemberOption[] }) {
  const [isPending, startTransition] = useTransition();
  const [search, setSearch] = useQueryStates(boardSearchParsers, { shallow: false, startTransition });
  type Patch = Parameters<typeof setSearch>[0];
  const setFilter = (patch: Patch) => void setSearch(patch);
  const setTyped = (patch: Patch) => void setSearch(patch, { limitUrlUpdates: debounce(300) });
  const more = [search.source, search.tags?.length, search.scoreMin !== null || search.scoreMax !== null, search.hasOpenTasks !== null].filter(Boolean).length;
  const isFiltered = Boolean(search.q || search.ownerId) || more > 0;

  function clearAll() {
    setFilter({ q: null, ownerId: null, source: null, tags: null, scoreMin: null, scoreMax: null, hasOpenTasks: null });
  }

  return (
    <div role="search" aria-busy={isPending} className="flex flex-wrap items-center gap-2">
      <SearchFilter className="w-64" value={search.q} onChange={(q) => setTyped({ q })} />
      <OwnerFilter value={search.ownerId} members={members} onChange={(ownerId) => setFilter({ ownerId })} />
      <MoreFiltersPopover active={more}>
        <SourceFilter id="board-filter-source" value={search.source} onChange={(source) => setTyped({ source })} />
        <TagsFilter id="board-filter-tags" label="Tags (all of)" placeholder="vip, webinar" tags={search.tags ?? []} onChange={(tags) => setTyped({ tags })} />
        <ScoreRangeFilter scoreMin={search.scoreMin} scoreMax={search.scoreMax} onChange={setTyped} />
        <OpenTasksFilter id="board-filter-tasks" value={search.hasOpenTasks} onChange={(hasOpenTasks) => setFilter({ hasOpenTasks })} />
      </MoreFiltersPopover>
      {isFiltered ? (
        <Button variant="ghost" onClick={clearAll}>
          <X aria-hidden />
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
