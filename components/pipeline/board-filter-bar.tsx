'use client';

import { Search, SlidersHorizontal, X } from 'lucide-react';
import { debounce, useQueryStates } from 'nuqs';
import { useState, useTransition } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { boardSearchParsers } from './board-search-params';

// Radix Select items cannot have an empty value; this one stands for "no filter".
const ANY = '__any';
const OPEN_TASKS = { [ANY]: 'Any', true: 'Has open tasks', false: 'No open tasks' } as const;

export type BoardMemberOption = { userId: string; label: string };

const toScore = (value: string) => (value === '' ? null : Math.min(100, Math.max(0, Number.parseInt(value, 10) || 0)));
const splitTags = (text: string) => text.split(',').map((tag) => tag.trim()).filter(Boolean);

/**
 * The board's filters, written to the URL under the lead list's names. `shallow: false` re-renders the page
 * on the server, so the columns, counts and sums always match the filter.
 */
export function BoardFilterBar({ members }: { members: BoardMemberOption[] }) {
  const [isPending, startTransition] = useTransition();
  const [search, setSearch] = useQueryStates(boardSearchParsers, { shallow: false, startTransition });
  const [tagsText, setTagsText] = useState((search.tags ?? []).join(', '));
  type Patch = Parameters<typeof setSearch>[0];
  const setTyped = (patch: Patch) => void setSearch(patch, { limitUrlUpdates: debounce(300) });
  const more = [search.source, search.tags?.length, search.scoreMin !== null || search.scoreMax !== null, search.hasOpenTasks !== null].filter(Boolean).length;
  const isFiltered = Boolean(search.q || search.ownerId) || more > 0;

  function clearAll() {
    setTagsText('');
    void setSearch({ q: null, ownerId: null, source: null, tags: null, scoreMin: null, scoreMax: null, hasOpenTasks: null });
  }

  return (
    <div role="search" aria-busy={isPending} className="flex flex-wrap items-center gap-2">
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          type="search"
          aria-label="Search leads"
          placeholder="Search name, email, company, phone"
          autoComplete="off"
          className="w-64 pl-8"
          maxLength={200}
          value={search.q ?? ''}
          onChange={(event) => setTyped({ q: event.target.value || null })}
        />
      </div>
      <Select value={search.ownerId ?? ANY} onValueChange={(value) => void setSearch({ ownerId: value === ANY ? null : value })}>
        <SelectTrigger aria-label="Owner" className="w-40">
          <SelectValue>{search.ownerId ? (members.find((member) => member.userId === search.ownerId)?.label ?? 'Former member') : 'Any owner'}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ANY}>Any owner</SelectItem>
          {members.map((member) => (
            <SelectItem key={member.userId} value={member.userId}>
              {member.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Popover>
        <PopoverTrigger asChild>
          <Button variant="outline">
            <SlidersHorizontal aria-hidden />
            More filters
            {more ? (
              <Badge variant="secondary" className="ml-1 px-1.5" aria-label={`${more} active`}>
                {more}
              </Badge>
            ) : null}
          </Button>
        </PopoverTrigger>
        <PopoverContent align="start" className="grid w-80 gap-4">
          <div className="grid gap-1.5">
            <Label htmlFor="board-filter-source">Source</Label>
            <Input
              id="board-filter-source"
              placeholder="e.g. website"
              maxLength={100}
              value={search.source ?? ''}
              onChange={(event) => setTyped({ source: event.target.value || null })}
            />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="board-filter-tags">Tags (all of)</Label>
            <Input
              id="board-filter-tags"
              placeholder="vip, webinar"
              value={tagsText}
              onChange={(event) => {
                setTagsText(event.target.value);
                const tags = splitTags(event.target.value);
                setTyped({ tags: tags.length ? tags : null });
              }}
            />
          </div>
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
          <div className="grid gap-1.5">
            <Label id="board-filter-tasks">Open tasks</Label>
            <Select
              value={search.hasOpenTasks === null ? ANY : String(search.hasOpenTasks)}
              onValueChange={(value) => void setSearch({ hasOpenTasks: value === ANY ? null : value === 'true' })}
            >
              <SelectTrigger aria-labelledby="board-filter-tasks" className="w-full">
                <SelectValue>{search.hasOpenTasks === null ? OPEN_TASKS[ANY] : OPEN_TASKS[search.hasOpenTasks ? 'true' : 'false']}</SelectValue>
              </SelectTrigger>
              <SelectContent>
                {Object.entries(OPEN_TASKS).map(([value, label]) => (
                  <SelectItem key={value} value={value}>
                    {label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        </PopoverContent>
      </Popover>
      {isFiltered ? (
        <Button variant="ghost" onClick={clearAll}>
          <X aria-hidden />
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
