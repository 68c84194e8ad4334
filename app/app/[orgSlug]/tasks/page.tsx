import { ListChecks } from 'lucide-react';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { EmptyState } from '@/components/admin/empty-state';
import { ListPager } from '@/components/admin/list-pager';
import { MyTasks } from '@/components/tasks/my-tasks';
import { NewTaskDialog } from '@/components/tasks/new-task-dialog';
import { parseTimezoneOffset, toTaskRow, TZ_OFFSET_COOKIE } from '@/components/tasks/task-format';
import { TaskFilters } from '@/components/tasks/task-filters';
import { TaskList } from '@/components/tasks/task-list';
import { TaskTabs } from '@/components/tasks/task-tabs';
import { TimezoneCookie } from '@/components/tasks/timezone-cookie';
import { isAppError } from '@/lib/errors';
import { listMemberOptions } from '@/lib/orgs/members';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';
import { listMyTasks, listTasks } from '@/lib/tasks/queries';
import { listTasksQuerySchema } from '@/lib/tasks/schemas';

export const metadata: Metadata = { title: 'Tasks' };

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const MY_TASKS_LIMIT = 200;

/** Each URL value checked on its own: a bad one (hand-edited status, an old cursor) is dropped, not a 500. */
function allTasksQuery(raw: Record<string, string | string[] | undefined>) {
  const shape = listTasksQuerySchema.shape;
  const params: Record<string, string> = {};
  for (const key of ['status', 'assigneeId', 'cursor'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value && shape[key].safeParse(value).success) params[key] = value;
  }
  return { params, query: listTasksQuerySchema.parse(params) };
}

export default async function TasksPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { user, ctx } = await requireOrgCtx(orgSlug, { permission: 'tasks.read', callbackUrl: `/app/${orgSlug}/tasks` });
  const raw = await searchParams;
  const view = raw.view === 'all' ? 'all' : 'mine';
  const offsetMinutes = parseTimezoneOffset((await cookies()).get(TZ_OFFSET_COOKIE)?.value);
  const renderedAt = ctx.now.toISOString();
  const canWrite = roleCan(ctx.role, 'tasks.write');
  const members = await listMemberOptions(ctx);
  const base = `/app/${ctx.org.slug}/tasks`;

  let content;
  if (view === 'mine') {
    const buckets = await listMyTasks(ctx.db, { orgId: ctx.org.id, userId: user.id, now: ctx.now, timezoneOffsetMinutes: offsetMinutes ?? 0, limit: MY_TASKS_LIMIT });
    content = <MyTasks orgSlug={ctx.org.slug} buckets={buckets} limit={MY_TASKS_LIMIT} renderedAt={renderedAt} offsetMinutes={offsetMinutes} canWrite={canWrite} />;
  } else {
    const { params: filterParams, query } = allTasksQuery(raw);
    // A cursor that decodes to nothing (an old or edited link) starts again at the newest tasks.
    const page = await listTasks(ctx.db, { orgId: ctx.org.id, ...query }).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'bad_request' && query.cursor) return listTasks(ctx.db, { orgId: ctx.org.id, ...query, cursor: undefined });
      throw error;
    });
    const { cursor, ...filters } = filterParams;
    content = (
      <div className="grid gap-4">
        <TaskFilters members={members} viewerId={user.id} />
        {page.items.length === 0 ? (
          <EmptyState
            icon={<ListChecks />}
            title={Object.keys(filters).length > 0 ? 'No task matches these filters' : 'No tasks yet'}
            description={Object.keys(filters).length > 0 ? 'Try another status or assignee.' : 'Create a task to plan a call, an email or anything else to do.'}
          />
        ) : (
          <TaskList orgSlug={ctx.org.slug} tasks={page.items.map(toTaskRow)} renderedAt={renderedAt} offsetMinutes={offsetMinutes} canWrite={canWrite} label="Tasks" />
        )}
        <ListPager path={base} params={{ view: 'all', ...filters }} nextCursor={page.nextCursor} isPaged={Boolean(cursor)} />
      </div>
    );
  }

  return (
    <div className="mx-auto grid max-w-4xl gap-4">
      <TimezoneCookie serverOffset={offsetMinutes} />
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Tasks</h1>
          <p className="mt-1 text-sm text-muted-foreground">
            {view === 'mine' ? 'Your open tasks, by when they are due.' : 'Every task in this workspace, newest first.'}
          </p>
        </div>
        {canWrite ? <NewTaskDialog orgSlug={ctx.org.slug} orgId={ctx.org.id} members={members} viewerId={user.id} /> : null}
      </header>
      <TaskTabs orgSlug={ctx.org.slug} current={view} />
      {content}
    </div>
  );
}
