import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { CreatedTaskView } from '@/lib/insights/insight-cards';
import { TASK_STATUS_LABELS } from './insight-format';

const STATUS_VARIANT = { pending: 'outline', in_progress: 'secondary', completed: 'default', failed: 'destructive', cancelled: 'outline' } as const;

/** The follow-up tasks an insight created, with where each stands now. */
export function CreatedTasks({ orgSlug, tasks }: { orgSlug: string; tasks: CreatedTaskView[] }) {
  return (
    <section className="grid gap-2" aria-label="Tasks it created">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-medium">Tasks it created</h3>
        <Link href={`/app/${orgSlug}/tasks?view=all`} className="text-sm text-muted-foreground underline underline-offset-4 hover:text-foreground">
          Go to tasks
        </Link>
      </div>
      {tasks.length === 0 ? (
        <p className="text-sm text-muted-foreground">None: each follow-up already had an open task, or its tasks were deleted.</p>
      ) : (
        <ul className="grid gap-1">
          {tasks.map((task) => (
            <li key={task.id} className="flex flex-wrap items-center gap-2 text-sm">
              <Badge variant={STATUS_VARIANT[task.status]}>{TASK_STATUS_LABELS[task.status]}</Badge>
              <span className={task.status === 'completed' || task.status === 'cancelled' ? 'text-muted-foreground line-through' : undefined}>{task.title}</span>
              {task.assigneeName ? <span className="text-muted-foreground">· {task.assigneeName}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
