import type { Metadata } from 'next';
import Link from 'next/link';
import type { SearchParams } from 'nuqs/server';
import { pluralLeads } from '@/components/leads/lead-format';
import { BoardFilterBar } from '@/components/pipeline/board-filter-bar';
import { loadBoardSearchParams, parseBoardFilter } from '@/components/pipeline/board-search-params';
import { PipelineBoard } from '@/components/pipeline/pipeline-board';
import { ViewToggle } from '@/components/pipeline/view-toggle';
import { getBoard } from '@/lib/leads/board';
import { listMemberOptions } from '@/lib/orgs/members';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Pipeline' };

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<SearchParams> };

export default async function PipelinePage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'leads.read', callbackUrl: `/app/${orgSlug}/pipeline` });
  const rawSearchParams = await searchParams;
  const { filter, params: filterParams } = parseBoardFilter(await loadBoardSearchParams(rawSearchParams));
  const [board, members] = await Promise.all([getBoard(ctx.db, { orgId: ctx.org.id, filter }), listMemberOptions(ctx)]);
  const isFiltered = Object.keys(filterParams).length > 0;
  const hasStages = board.columns.some((column) => column.stage);

  return (
    <div className="grid min-w-0 gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Pipeline</h1>
          <p className="mt-1 text-sm text-muted-foreground" aria-live="polite">
            {`${pluralLeads(board.total)} ${isFiltered ? (board.total === 1 ? 'matches' : 'match') + ' these filters' : 'in this workspace'}`}
          </p>
        </div>
        <ViewToggle orgSlug={ctx.org.slug} current="board" searchParams={rawSearchParams} />
      </header>
      <BoardFilterBar members={members} />
      {!hasStages ? (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
          This workspace has no pipeline stages yet.{' '}
          {roleCan(ctx.role, 'settings.manage') ? (
            <Link href={`/app/${ctx.org.slug}/settings/pipeline`} className="font-medium text-primary hover:underline">
              Add stages
            </Link>
          ) : (
            'An admin can add them in the settings.'
          )}
        </p>
      ) : null}
      {board.columns.length > 0 ? (
        <PipelineBoard orgSlug={ctx.org.slug} board={board} filterParams={filterParams} canMove={roleCan(ctx.role, 'leads.write')} />
      ) : null}
    </div>
  );
}
