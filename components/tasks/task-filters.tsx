'use client';

import { parseAsString, useQueryStates } from 'nuqs';
import { useTransition } from 'react';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import type { TaskMemberOption } from './new-task-dialog';

// Radix Select items cannot have an empty value; this one stands for "no filter".
const ANY = '__any';
/** Status filter choices, as the comma-separated `status` parameter of listTasksQuerySchema. */
export const STATUS_FILTERS = [
  { value: 'pending,in_progress', label: 'Open' },
  { value: 'pending', label: 'Pending' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'completed', label: 'Completed' },
  { value: 'failed', label: 'Failed' },
  { value: 'cancelled', label: 'Cancelled' },
] as const;

const parsers = { status: parseAsString, assigneeId: parseAsString, cursor: parseAsString };

/** "All tasks" filters in the URL; each change re-renders the page on the server from the first page. */
export function TaskFilters({ members, viewerId }: { members: TaskMemberOption[]; viewerId: string }) {
  const [isPending, startTransition] = useTransition();
  const [search, setSearch] = useQueryStates(parsers, { shallow: false, startTransition });
  const statusLabel = STATUS_FILTERS.find((option) => option.value === search.status)?.label ?? 'Any status';
  const assigneeLabel = search.assigneeId ? (members.find((member) => member.userId === search.assigneeId)?.label ?? 'Former member') : 'Anyone';

  return (
    <div role="search" aria-label="Filter tasks" aria-busy={isPending} className="flex flex-wrap items-center gap-2">
      <Select value={search.status ?? ANY} onValueChange={(value) => void setSearch({ status: value === ANY ? null : value, cursor: null })}>
        <SelectTrigger aria-label="Status" className="w-40">
          <SelectValue>{statusLabel}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ANY}>Any status</SelectItem>
          {STATUS_FILTERS.map((option) => (
            <SelectItem key={option.value} value={option.value}>
              {option.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select value={search.assigneeId ?? ANY} onValueChange={(value) => void setSearch({ assigneeId: value === ANY ? null : value, cursor: null })}>
        <SelectTrigger aria-label="Assignee" className="w-44">
          <SelectValue>{assigneeLabel}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ANY}>Anyone</SelectItem>
          {members.map((member) => (
            <SelectItem key={member.userId} value={member.userId}>
              {member.userId === viewerId ? `${member.label} (you)` : member.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
