import { Download, Upload } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ViewToggle } from '@/components/pipeline/view-toggle';
import type { SearchParams } from 'nuqs/server';
import { leadListHref, loadLeadSearchParams, parseLeadListState } from '@/components/leads/lead-search-params';
import { pluralLeads } from '@/components/leads/lead-format';
import { toLeadRow } from '@/components/leads/lead-list-types';
import { LeadsView } from '@/components/leads/leads-view';
import { NewLeadDialog } from '@/components/leads/new-lead-dialog';
import { SavedViewsMenu } from '@/components/leads/saved-views-menu';
import { Button } from '@/components/ui/button';
import { isAppError } from '@/lib/errors';
import { listLeads, countLeads } from '@/lib/leads/queries';
import { listSavedViews } from '@/lib/leads/saved-views';
import { listStages } from '@/lib/leads/stages';
import { listMemberOptions } from '@/lib/orgs/members';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Leads' };

// Counting stops here: "10,000+ leads" is as useful as the exact number and stays cheap on big workspaces.
const COUNT_CAP = 10_000;

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<SearchParams> };

/** A cursor from an old link (another sort, a hand edit) means "start over", not a crash. */
function outdatedCursor(error: unknown): null {
  if (isAppError(error) && error.details?.field === 'cursor') return null;
  throw error;
}

export default async function LeadsPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { user, ctx } = await requireOrgCtx(orgSlug, { permission: 'leads.read', callbackUrl: `/app/${orgSlug}/leads` });
  const rawSearchParams = await searchParams;
  const state = parseLeadListState(await loadLeadSearchParams(rawSearchParams));
  const { sort: _sort, cursor, limit: _limit, ...filter } = state.query;
  const orgId = ctx.org.id;
  const [page, count, stages, memberOptions, views] = await Promise.all([
    state.isCursorMalformed ? null : listLeads(ctx.db, { orgId, ...state.query }).catch(outdatedCursor),
    countLeads(ctx.db, { orgId, cap: COUNT_CAP, ...filter }),
    listStages(ctx.db, { orgId }),
    listMemberOptions(ctx),
    listSavedViews(ctx.db, { orgId, userId: user.id }),
  ]);

  const basePath = `/app/${ctx.org.slug}/leads`;
  const canWrite = roleCan(ctx.role, 'leads.write');
  const stageOptions = stages.map((stage) => ({ id: stage.id, name: stage.name }));
  // The export takes the list's filter and sort (not its page size) and the columns on screen.
  const { limit: _pageSize, ...exportParams } = state.params;
  const exportSearch = new URLSearchParams(exportParams);
  exportSearch.set('columns', state.columns.join(','));

  return (
    <div className="grid gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Leads</h1>
          <p className="mt-1 text-sm text-muted-foreground" aria-live="polite">
            {state.hasFilters
              ? `${pluralLeads(count.total, count.capped)} ${count.total === 1 && !count.capped ? 'matches' : 'match'} these filters`
              : `${pluralLeads(count.total, count.capped)} in this workspace`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <ViewToggle orgSlug={ctx.org.slug} current="list" searchParams={rawSearchParams} />
          <SavedViewsMenu
            orgSlug={ctx.org.slug}
            basePath={basePath}
            views={views.map((view) => ({ id: view.id, name: view.name, state: view.state }))}
            currentParams={state.params}
            currentColumns={state.columns}
          />
          {canWrite ? (
            <Button asChild variant="outline">
              <Link href={`${basePath}/import`}>
                <Upload aria-hidden />
                Import CSV
              </Link>
            </Button>
          ) : null}
          <Button asChild variant="outline">
            {/* A file download from a route handler: a plain link, not a client-side navigation. */}
            <a href={`/api/orgs/${ctx.org.slug}/leads/export?${exportSearch.toString()}`} download>
              <Download aria-hidden />
              Export CSV
            </a>
          </Button>
          {canWrite ? <NewLeadDialog orgSlug={ctx.org.slug} stages={stageOptions} members={memberOptions} currentUserId={user.id} /> : null}
        </div>
      </header>
      <LeadsView
        orgSlug={ctx.org.slug}
        basePath={basePath}
        rows={page ? page.items.map(toLeadRow) : null}
        stages={stageOptions}
        members={memberOptions}
        currentUserId={user.id}
        total={count.total}
        capped={count.capped}
        filter={state.filter}
        hasFilters={state.hasFilters}
        canWrite={canWrite}
        pageKey={leadListHref(basePath, state.params, { cursor })}
        firstPageHref={leadListHref(basePath, state.params, { columns: state.columns })}
        nextPageHref={page?.nextCursor ? leadListHref(basePath, state.params, { columns: state.columns, cursor: page.nextCursor }) : null}
        clearFiltersHref={leadListHref(basePath, {}, { columns: state.columns })}
        isPaged={Boolean(cursor)}
      />
    </div>
  );
}
