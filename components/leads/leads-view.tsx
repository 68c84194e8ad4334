'use client';

import { LeadColumnChooser } from './lead-column-chooser';
import { LeadFilterBar } from './lead-filter-bar';
import { LeadList } from './lead-list';
import type { LeadRow, MemberOption, StageOption } from './lead-list-types';
import { visibleColumns, type LeadFilterInput } from './lead-search-params';
import { LeadSortSelect } from './lead-sort-select';
import { LeadsEmptyState } from './leads-empty-state';
import { OutdatedPageLink } from './outdated-page-link';
import { useLeadSearch } from './use-lead-search';

type LeadsViewProps = {
  orgSlug: string;
  basePath: string;
  /** Null when the page's cursor could not be used. */
  rows: LeadRow[] | null;
  stages: StageOption[];
  members: MemberOption[];
  currentUserId: string;
  total: number;
  capped: boolean;
  filter: LeadFilterInput;
  hasFilters: boolean;
  canWrite: boolean;
  /** Changes with the filter, sort and page: the selection and the highlighted row start over. */
  pageKey: string;
  firstPageHref: string;
  nextPageHref: string | null;
  clearFiltersHref: string;
  isPaged: boolean;
};

/** The interactive part of the lead list: toolbar, then the rows (or why there are none). */
export function LeadsView(props: LeadsViewProps) {
  const { rows, stages, members, hasFilters, isPaged } = props;
  const { search, setSearch, isPending } = useLeadSearch();
  // Read from the URL state, not the server's props, so a column appears the moment it is ticked.
  const columns = visibleColumns(search.cols);

  function content() {
    if (rows === null) return <OutdatedPageLink href={props.firstPageHref} />;
    if (rows.length === 0) {
      const kind = isPaged ? 'past-end' : hasFilters ? 'filtered' : 'no-leads';
      return (
        <LeadsEmptyState
          kind={kind}
          orgSlug={props.orgSlug}
          basePath={props.basePath}
          canWrite={props.canWrite}
          stages={stages}
          members={members}
          currentUserId={props.currentUserId}
          clearFiltersHref={props.clearFiltersHref}
          firstPageHref={props.firstPageHref}
        />
      );
    }
    return (
      <LeadList
        key={props.pageKey}
        orgSlug={props.orgSlug}
        basePath={props.basePath}
        rows={rows}
        columns={columns}
        stages={stages}
        members={members}
        total={props.total}
        capped={props.capped}
        filter={props.filter}
        canWrite={props.canWrite}
        pending={isPending}
        firstPageHref={isPaged ? props.firstPageHref : null}
        nextPageHref={props.nextPageHref}
      />
    );
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <LeadFilterBar search={search} setSearch={setSearch} stages={stages} members={members} />
        <div className="ml-auto flex items-center gap-2">
          <LeadSortSelect value={search.sort} onChange={(sort) => setSearch({ sort, cursor: null })} />
          <LeadColumnChooser columns={columns} onChange={(cols) => setSearch({ cols })} />
        </div>
      </div>
      {content()}
    </div>
  );
}
