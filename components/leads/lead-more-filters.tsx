'use client';

import { SlidersHorizontal } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import type { LeadSearch, LeadSearchPatch } from './use-lead-search';

type LeadMoreFiltersProps = {
  search: LeadSearch['search'];
  setFilter: (patch: LeadSearchPatch) => void;
  setTyped: (patch: LeadSearchPatch) => void;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
const toDate = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);
const toScore = (value: string) => (value === '' ? null : Math.min(100, Math.max(0, Number.parseInt(value, 10) || 0)));
const splitTags = (text: string) => text.split(',').map((tag) => tag.trim()).filter(Boolean);

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
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline">
          <SlidersHorizontal aria-hidden />
          More filters
          {active ? (
            <Badge variant="secondary" className="ml-1 px-1.5" aria-label={`${active} active`}>
              {active}
            </Badge>
          ) : null}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="start" className="grid w-80 gap-4">
        <div className="grid gap-1.5">
          <Label htmlFor="lead-filter-source">Source</Label>
          <Input
            id="lead-filter-source"
            placeholder="e.g. website"
            maxLength={100}
            value={search.source ?? ''}
            onChange={(event) => setTyped({ source: event.target.value || null })}
          />
        </div>
        <TagsFilter tags={search.tags ?? []} onChange={(tags) => setTyped({ tags: tags.length ? tags : null })} />
        <fieldset className="grid gap-1.5">
          <legend className="mb-1.5 text-sm font-medium">Score</legend>
          <div className="flex items-center gap-2">
            <Input
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              aria-label="Minimum score"
              placeholder="Min"
              value={search.scoreMin ?? ''}
              onChange={(event) => setTyped({ scoreMin: toScore(event.target.value) })}
            />
            <span aria-hidden className="text-muted-foreground">
              –
            </span>
            <Input
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              aria-label="Maximum score"
              placeholder="Max"
              value={search.scoreMax ?? ''}
              onChange={(event) => setTyped({ scoreMax: toScore(event.target.value) })}
            />
          </div>
        </fieldset>
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
        <div className="grid gap-1.5">
          <Label id="lead-filter-tasks-label">Open tasks</Label>
          <Select
            value={search.hasOpenTasks === null ? 'any' : String(search.hasOpenTasks)}
            onValueChange={(value) => setFilter({ hasOpenTasks: value === 'any' ? null : value === 'true' })}
          >
            <SelectTrigger aria-labelledby="lead-filter-tasks-label" className="w-full">
              <SelectValue>{search.hasOpenTasks === null ? 'Any' : search.hasOpenTasks ? 'Has open tasks' : 'No open tasks'}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="any">Any</SelectItem>
              <SelectItem value="true">Has open tasks</SelectItem>
              <SelectItem value="false">No open tasks</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </PopoverContent>
    </Popover>
  );
}

/**
 * Tags are typed as one comma-separated line. The box keeps its own text (a trailing comma or space must
 * survive while typing) and follows the URL when the tags change elsewhere, e.g. "Clear filters".
 */
function TagsFilter({ tags, onChange }: { tags: string[]; onChange: (tags: string[]) => void }) {
  const joined = tags.join(', ');
  const [text, setText] = useState(joined);
  const [synced, setSynced] = useState(joined);
  if (joined !== synced) {
    setSynced(joined);
    if (splitTags(text).join(', ') !== joined) setText(joined);
  }
  return (
    <div className="grid gap-1.5">
      <Label htmlFor="lead-filter-tags">Tags</Label>
      <Input
        id="lead-filter-tags"
        placeholder="vip, newsletter"
        aria-describedby="lead-filter-tags-hint"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(splitTags(event.target.value));
        }}
      />
      <p id="lead-filter-tags-hint" className="text-xs text-muted-foreground">
        Leads with all of these tags. Separate tags with commas.
      </p>
    </div>
  );
}
