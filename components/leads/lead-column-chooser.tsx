'use client';

import { Columns3 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { COLUMN_LABELS, DEFAULT_LEAD_COLUMNS, LEAD_LIST_COLUMNS, type LeadListColumn } from '@/lib/leads/columns';

type LeadColumnChooserProps = {
  columns: LeadListColumn[];
  /** Null means "the default columns", which keeps the URL short. */
  onChange: (columns: LeadListColumn[] | null) => void;
};

const sameAsDefault = (columns: LeadListColumn[]) => columns.join(',') === DEFAULT_LEAD_COLUMNS.join(',');

/** Which columns the table (and the CSV export) shows. The name stays: it is the row's link. */
export function LeadColumnChooser({ columns, onChange }: LeadColumnChooserProps) {
  function toggle(column: LeadListColumn, checked: boolean) {
    const next = LEAD_LIST_COLUMNS.filter((c) => (c === column ? checked : columns.includes(c)));
    onChange(sameAsDefault(next) ? null : next);
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">
          <Columns3 aria-hidden />
          Columns
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-52">
        <DropdownMenuLabel>Show columns</DropdownMenuLabel>
        {LEAD_LIST_COLUMNS.map((column) => (
          <DropdownMenuCheckboxItem
            key={column}
            checked={columns.includes(column)}
            disabled={column === 'name'}
            // Keep the menu open so several columns can be toggled in a row.
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) => toggle(column, checked === true)}
          >
            {COLUMN_LABELS[column]}
          </DropdownMenuCheckboxItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem disabled={sameAsDefault(columns)} onSelect={() => onChange(null)}>
          Reset to default
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
