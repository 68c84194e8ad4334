'use client';

import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { ANY } from './filter-values';

const OPEN_TASKS = { [ANY]: 'Any', true: 'Has open tasks', false: 'No open tasks' } as const;

type OpenTasksFilterProps = { id: string; value: boolean | null; onChange: (hasOpenTasks: boolean | null) => void };

/** Any lead, only leads with an open task, or only leads without one. `id` names the label element. */
export function OpenTasksFilter({ id, value, onChange }: OpenTasksFilterProps) {
  const selected = value === null ? ANY : String(value);
  return (
    <div className="grid gap-1.5">
      <Label id={id}>Open tasks</Label>
      <Select value={selected} onValueChange={(next) => onChange(next === ANY ? null : next === 'true')}>
        <SelectTrigger aria-labelledby={id} className="w-full">
          <SelectValue>{OPEN_TASKS[selected as keyof typeof OPEN_TASKS]}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {Object.entries(OPEN_TASKS).map(([option, label]) => (
            <SelectItem key={option} value={option}>
              {label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
