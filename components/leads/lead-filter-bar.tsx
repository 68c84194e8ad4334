'use client';

import { X } from 'lucide-react';
import { debounce } from 'nuqs';
import { Button } from '@/components/ui/button';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { ANY } from './filters/filter-values';
import { OwnerFilter } from './filters/owner-filter';
import { SearchFilter } from './filters/search-filter';
import type { MemberOption, StageOption } from './lead-list-types';
import { LeadMoreFilters } from './lead-more-filters';
import type { LeadSearch, LeadSearchPatch } from './use-lead-search';

type LeadFilterBarProps = Pick<LeadSearch, 'search' | 'setSearch'> & { stages: StageOption[]; members: MemberOption[] };

export const SEARCH_INPUT_ID = 'lead-search';

/** Search, stage and owner up front; the rarer filters in a popover. Every change starts again at page one. */
export function LeadFilterBar({ search, setSearch, stages, members }: LeadFilterBarProps) {
  const setFilter = (patch: LeadSearchPatch) => setSearch({ ...patch, cursor: null });
  // Typing updates the box at once and the URL (hence the server query) once the typing pauses.
  const setTyped = (patch: LeadSearchPatch) => setSearch({ ...patch, cursor: null }, { limitUrlUpdates: debounce(300) });
  const isFiltered = Boolean(
    search.q || search.stageId || search.ownerId || search.source || search.tags?.length || search.scoreMin !== null || search.scoreMax !== null ||
      search.createdFrom || search.createdTo || search.hasOpenTasks !== null,
  );

  function clearAll() {
    setFilter({
      q: null, stageId: null, ownerId: null, source: null, tags: null, scoreMin: null, scoreMax: null, createdFrom: null, createdTo: null, hasOpenTasks: null,
    });
  }

  return (
    <div role="search" className="flex flex-wrap items-center gap-2">
      <SearchFilter id={SEARCH_INPUT_ID} keyShortcuts="/" className="w-72" value={search.q} onChange={(q) => setTyped({ q })} />
      <Select value={search.stageId ?? ANY} onValueChange={(value) => setFilter({ stageId: value === ANY ? null : value })}>
        <SelectTrigger aria-label="Stage" className="w-40">
          {/* Explicit text so the server-rendered trigger is not blank before hydration. */}
          <SelectValue>{search.stageId ? (stages.find((stage) => stage.id === search.stageId)?.name ?? 'Unknown stage') : 'All stages'}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ANY}>All stages</SelectItem>
          {stages.map((stage) => (
            <SelectItem key={stage.id} value={stage.id}>
              {stage.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <OwnerFilter value={search.ownerId} members={members} onChange={(ownerId) => setFilter({ ownerId })} />
      <LeadMoreFilters search={search} setFilter={setFilter} setTyped={setTyped} />
      {isFiltered ? (
        <Button variant="ghost" size="sm" onClick={clearAll}>
          <X aria-hidden />
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
