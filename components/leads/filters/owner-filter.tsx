'use client';

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { ANY } from './filter-values';

type OwnerFilterProps = {
  value: string | null;
  members: { userId: string; label: string }[];
  onChange: (ownerId: string | null) => void;
};

/** Owner select; an owner no longer in the workspace still shows, as "Former member". */
export function OwnerFilter({ value, members, onChange }: OwnerFilterProps) {
  return (
    <Select value={value ?? ANY} onValueChange={(next) => onChange(next === ANY ? null : next)}>
      <SelectTrigger aria-label="Owner" className="w-40">
        {/* Explicit text so the server-rendered trigger is not blank before hydration. */}
        <SelectValue>{value ? (members.find((member) => member.userId === value)?.label ?? 'Former member') : 'Any owner'}</SelectValue>
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
  );
}
