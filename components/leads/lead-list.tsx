'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import type { LeadListColumn } from '@/lib/leads/columns';
import { BulkActionBar } from './bulk-action-bar';
import { countLabel, formatCount, pluralLeads } from './lead-format';
import type { LeadRow, MemberOption, StageOption } from './lead-list-types';
import { LeadPager } from './lead-pager';
import type { LeadFilterInput } from './lead-search-params';
import { LeadTable } from './lead-table';
import { SelectAllBanner } from './select-all-banner';
import { useLeadListKeys } from './use-lead-list-keys';
import { useLeadSelection } from './use-lead-selection';

type LeadListProps = {
  orgSlug: string;
  basePath: string;
  rows: LeadRow[];
  columns: LeadListColumn[];
  stages: StageOption[];
  members: MemberOption[];
  total: number;
  capped: boolean;
  filter: LeadFilterInput;
  canWrite: boolean;
  pending: boolean;
  firstPageHref: string | null;
  nextPageHref: string | null;
};

/** One page of leads with selection, bulk actions, keyboard navigation and paging. */
export function LeadList({ orgSlug, basePath, rows, columns, stages, members, total, capped, filter, canWrite, pending, firstPageHref, nextPageHref }: LeadListProps) {
  const router = useRouter();
  const selection = useLeadSelection(rows.map((row) => row.id));
  const [highlightState, setHighlight] = useState(-1);
  // Rows removed by a bulk delete must not leave the highlight past the end.
  const highlight = Math.min(highlightState, rows.length - 1);
  const rowElements = useRef(new Map<number, HTMLTableRowElement>());
  const stageNames = useMemo(() => new Map(stages.map((stage) => [stage.id, stage.name])), [stages]);
  const ownerNames = useMemo(() => new Map(members.map((member) => [member.userId, member.label])), [members]);
  const tagSuggestions = useMemo(() => [...new Set(rows.flatMap((row) => row.tags))].sort(), [rows]);
  const hrefOf = (lead: LeadRow) => `${basePath}/${lead.id}`;

  function open(index: number, newTab = false) {
    const lead = rows[index];
    if (!lead) return;
    if (newTab) window.open(hrefOf(lead), '_blank', 'noopener');
    else router.push(hrefOf(lead));
  }

  function moveHighlight(index: number) {
    setHighlight(index);
    const element = rowElements.current.get(index);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest' });
  }

  useLeadListKeys({
    rowCount: rows.length,
    highlight,
    setHighlight: moveHighlight,
    onOpen: (index) => open(index),
    onToggle: (index) => canWrite && rows[index] && selection.toggle(rows[index].id),
    onClearSelection: selection.clear,
  });

  const hasMore = Boolean(nextPageHref || firstPageHref) || total > rows.length;
  const selectedCount = selection.allMatching ? total : selection.selected.size;
  const selectionLabel = selection.allMatching ? `all ${countLabel(total, capped)} matching leads` : pluralLeads(selection.selected.size);

  return (
    <div className="grid gap-3">
      {canWrite && selection.isPageSelected && hasMore ? (
        <SelectAllBanner
          pageCount={rows.length}
          total={total}
          capped={capped}
          allMatching={selection.allMatching}
          onSelectAll={selection.selectAllMatching}
          onClear={selection.clear}
        />
      ) : null}
      <LeadTable
        rows={rows}
        columns={columns}
        hrefOf={hrefOf}
        stageNames={stageNames}
        ownerNames={ownerNames}
        selection={canWrite ? selection : null}
        highlight={highlight}
        onHighlight={setHighlight}
        onOpen={open}
        rowRef={(index, element) => {
          if (element) rowElements.current.set(index, element);
          else rowElements.current.delete(index);
        }}
        pending={pending}
      />
      {canWrite && selectedCount > 0 ? (
        <BulkActionBar
          orgSlug={orgSlug}
          selection={selection.allMatching ? { filter } : { ids: [...selection.selected] }}
          label={selectionLabel}
          stages={stages}
          members={members}
          tagSuggestions={tagSuggestions}
          onDone={selection.clear}
        />
      ) : null}
      <LeadPager firstPageHref={firstPageHref} nextPageHref={nextPageHref} summary={`Showing ${formatCount(rows.length)} of ${pluralLeads(total, capped)}`} />
      <p id="lead-list-keys" className="hidden text-xs text-muted-foreground md:block">
        <kbd className="font-mono">j</kbd>/<kbd className="font-mono">k</kbd> to move · <kbd className="font-mono">Enter</kbd> to open
        {canWrite ? (
          <>
            {' '}
            · <kbd className="font-mono">x</kbd> to select
          </>
        ) : null}{' '}
        · <kbd className="font-mono">/</kbd> to search
      </p>
    </div>
  );
}
