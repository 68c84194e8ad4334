'use client';

import { Search } from 'lucide-react';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/utils';

type SearchFilterProps = {
  value: string | null;
  onChange: (value: string | null) => void;
  id?: string;
  /** Announced shortcut that focuses the box, when the page binds one. */
  keyShortcuts?: string;
  className?: string;
};

/** The free-text lead search shared by the lead list and the board; an empty box is "no filter". */
export function SearchFilter({ value, onChange, id, keyShortcuts, className }: SearchFilterProps) {
  return (
    <div className="relative">
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
      <Input
        id={id}
        type="search"
        aria-label="Search leads"
        aria-keyshortcuts={keyShortcuts}
        placeholder="Search name, email, company, phone"
        autoComplete="off"
        className={cn('pl-8', className)}
        maxLength={200}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      />
    </div>
  );
}
