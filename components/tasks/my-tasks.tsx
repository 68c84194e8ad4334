import { ListChecks } from 'lucide-react';
import { EmptyState } from '@/components/admin/empty-state';
import type { TaskBuckets } from '@/lib/tasks/queries';
import { toTaskRow } from './task-format';
import { TaskList } from './task-list';

const GROUPS = [
  { key: 'overdue', title: 'Overdue' },
  { key: 'today', title: 'Today' },
  { key: 'upcoming', title: 'Upcoming' },
  { key: 'undated', title: 'No date' },
] as const;

type MyTasksProps = { orgSlug: string; buckets: TaskBuckets; limit: number; renderedAt: string; offsetMinutes: number | null; canWrite: boolean };

/** The viewer's open tasks by due date; "today" is the viewer's day (see TimezoneCookie). */
export function MyTasks({ orgSlug, buckets, limit, renderedAt, offsetMinutes, canWrite }: MyTasksProps) {
  if (GROUPS.every((group) => buckets[group.key].length === 0)) {
    return <EmptyState icon={<ListChecks />} title="Nothing on your list" description="Open tasks assigned to you show up here, grouped by when they are due." />;
  }
  return (
    <div className="grid gap-6">
      {GROUPS.map(({ key, title }) => {
        const tasks = buckets[key];
        if (tasks.length === 0) return null;
        const headingId = `tasks-${key}`;
        return (
          <section key={key} aria-labelledby={headingId} className="grid gap-2">
            <h2 id={headingId} className={key === 'overdue' ? 'text-sm font-semibold text-destructive' : 'text-sm font-semibold'}>
              {title} <span className="font-normal text-muted-foreground tabular-nums">{tasks.length >= limit ? `${limit}+` : tasks.length}</span>
            </h2>
            <TaskList orgSlug={orgSlug} tasks={tasks.map(toTaskRow)} renderedAt={renderedAt} offsetMinutes={offsetMinutes} canWrite={canWrite} label={`${title} tasks`} />
            {tasks.length >= limit ? <p className="text-xs text-muted-foreground">Showing the first {limit}. The All tasks tab lists every task.</p> : null}
          </section>
        );
      })}
    </div>
  );
}
