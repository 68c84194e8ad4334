'use client';

import { ArrowUpDown } from 'lucide-react';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { LEAD_SORTS, type LeadSort } from '@/lib/leads/sorts';

const SORT_LABELS: Record<LeadSort, string> = {
  created_desc: 'Newest first',
  created_asc: 'Oldest first',
  score_desc: 'Highest score',
  score_asc: 'Lowest score',
  name_asc: 'Name A–Z',
  name_desc: 'Name Z–A',
};

export function LeadSortSelect({ value, onChange }: { value: LeadSort; onChange: (sort: LeadSort) => void }) {
  return (
    <Select value={value} onValueChange={(next) => onChange(next as LeadSort)}>
      <SelectTrigger aria-label="Sort leads" className="w-44">
        <ArrowUpDown aria-hidden />
        <SelectValue>{SORT_LABELS[value]}</SelectValue>
      </SelectTrigger>
      <SelectContent align="end">
        {LEAD_SORTS.map((sort) => (
          <SelectItem key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
