'use client';

import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { MoreFiltersPopover } from './filters/more-filters-popover';
import { OpenTasksFilter } from './filters/open-tasks-filter';
import { ScoreRangeFilter } from './filters/score-range-filter';
import { SourceFilter } from './filters/source-filter';
import { TagsFilter } from './filters/tags-filter';
import type { LeadSearch, LeadSearchPatch } from './use-lead-search';

type LeadMoreFiltersProps = {
  search: LeadSearch['search'];
  setFilter: (patch: LeadSearchPatch) => void;
  setTyped: (patch: LeadSearchPatch) => void;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
const toDate = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** Source, tags, score range, creation dates and open tasks: filters used less often than stage and owner. */
export function LeadMoreFilters({ search, setFilter, setTyped }: LeadMoreFiltersProps) {
  const active = [
    search.source,
    search.tags?.length,
    search.scoreMin !== null || search.scoreMax !== null,
    search.createdFrom || search.createdTo,
    search.hasOpenTasks !== null,
  ].filter(Boolean).length;

  return (
    <MoreFiltersPopover active={active}>
      <SourceFilter id="lead-filter-source" value={search.source} onChange={(source) => setTyped({ source })} />
      <TagsFilter
        id="lead-filter-tags"
        label="Tags"
        placeholder="vip, newsletter"
        hint="Leads with all of these tags. Separate tags with commas."
        tags={search.tags ?? []}
        onChange={(tags) => setTyped({ tags })}
      />
      <ScoreRangeFilter scoreMin={search.scoreMin} scoreMax={search.scoreMax} onChange={setTyped} />
      <div className="grid grid-cols-2 gap-2">
        <div className="grid gap-1.5">
          <Label htmlFor="lead-filter-created-from">Created from</Label>
          <Input id="lead-filter-created-from" type="date" value={day(search.createdFrom)} onChange={(event) => setFilter({ createdFrom: toDate(event.target.value) })} />
        </div>
        <div className="grid gap-1.5">
          {/* The bound is exclusive everywhere the filter is read (list, export, bulk), so the label says so. */}
          <Label htmlFor="lead-filter-created-to">Created before</Label>
          <Input id="lead-filter-created-to" type="date" value={day(search.createdTo)} onChange={(event) => setFilter({ createdTo: toDate(event.target.value) })} />
        </div>
      </div>
      <OpenTasksFilter id="lead-filter-tasks-label" value={search.hasOpenTasks} onChange={(hasOpenTasks) => setFilter({ hasOpenTasks })} />
    </MoreFiltersPopover>
  );
}
