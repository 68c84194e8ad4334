'use client';

import type { MouseEvent } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { COLUMN_LABELS, type LeadListColumn } from '@/lib/leads/columns';
import { cn } from '@/lib/utils';
import { LeadCell, NUMERIC_COLUMNS } from './lead-cells';
import type { LeadRow } from './lead-list-types';
import type { LeadSelectionState } from './use-lead-selection';

type LeadTableProps = {
  rows: LeadRow[];
  columns: LeadListColumn[];
  hrefOf: (lead: LeadRow) => string;
  stageNames: Map<string, string>;
  ownerNames: Map<string, string>;
  /** Null when the viewer may not change leads: no checkboxes then. */
  selection: LeadSelectionState | null;
  highlight: number;
  onHighlight: (index: number) => void;
  onOpen: (index: number, newTab: boolean) => void;
  rowRef: (index: number, element: HTMLTableRowElement | null) => void;
  pending: boolean;
};

// Clicks on these keep their own meaning; a click anywhere else on the row opens the lead.
const CONTROLS = 'a,button,input,label,[role="checkbox"]';

export function LeadTable({ rows, columns, hrefOf, stageNames, ownerNames, selection, highlight, onHighlight, onOpen, rowRef, pending }: LeadTableProps) {
  function onRowClick(event: MouseEvent, index: number) {
    if (event.target instanceof Element && event.target.closest(CONTROLS)) return;
    onOpen(index, event.metaKey || event.ctrlKey);
  }

  return (
    <div className={cn('rounded-lg border transition-opacity', pending && 'opacity-60')} aria-busy={pending}>
      <Table aria-label="Leads" aria-describedby="lead-list-keys">
        <TableHeader>
          <TableRow>
            {selection ? (
              <TableHead className="w-10">
                <Checkbox
                  aria-label="Select all leads on this page"
                  checked={selection.isPageSelected ? true : selection.isPartlySelected ? 'indeterminate' : false}
                  onCheckedChange={selection.togglePage}
                />
              </TableHead>
            ) : null}
            {columns.map((column) => (
              <TableHead key={column} className={cn(NUMERIC_COLUMNS.has(column) && 'text-right')}>
                {COLUMN_LABELS[column]}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((lead, index) => {
            const isSelected = selection ? selection.allMatching || selection.selected.has(lead.id) : false;
            return (
              <TableRow
                key={lead.id}
                ref={(element) => rowRef(index, element)}
                tabIndex={-1}
                data-state={isSelected ? 'selected' : undefined}
                data-highlighted={index === highlight ? '' : undefined}
                className="cursor-pointer outline-none data-[highlighted]:bg-accent/60 data-[highlighted]:shadow-[inset_2px_0_0_var(--color-primary)]"
                onClick={(event) => onRowClick(event, index)}
                onMouseMove={() => index !== highlight && onHighlight(index)}
              >
                {selection ? (
                  <TableCell className="w-10">
                    <Checkbox aria-label={`Select ${lead.name}`} checked={isSelected} onCheckedChange={() => selection.toggle(lead.id)} />
                  </TableCell>
                ) : null}
                {columns.map((column) => (
                  <TableCell key={column} className={cn(NUMERIC_COLUMNS.has(column) && 'text-right')}>
                    <LeadCell
                      column={column}
                      lead={lead}
                      href={hrefOf(lead)}
                      stageName={lead.stageId ? stageNames.get(lead.stageId) : undefined}
                      ownerName={lead.ownerId ? ownerNames.get(lead.ownerId) : undefined}
                    />
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
