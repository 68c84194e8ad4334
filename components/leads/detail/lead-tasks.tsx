'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/checkbox';
import { formatDateTime } from '@/components/settings/format';
import type { TaskStatus } from '@/db/schema/values';
import { updateTaskAction } from '@/lib/actions/tasks/update-task';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { cn } from '@/lib/utils';
import { useLeadPage, useRefreshTimeline } from './lead-page-context';

export type LeadTask = {
  id: string;
  title: string;
  status: TaskStatus;
  dueAt: Date | null;
  assigneeName: string | null;
  assigneeEmail: string | null;
};

const STATUS_LABELS: Partial<Record<TaskStatus, string>> = { in_progress: 'In progress', failed: 'Failed', cancelled: 'Cancelled' };

/** A task with a checkbox that completes or reopens it; the tick shows at once and reverts if saving fails. */
function TaskRow({ task, now }: { task: LeadTask; now: Date }) {
  const { orgSlug } = useLeadPage();
  const refreshTimeline = useRefreshTimeline();
  const [status, setStatus] = useState(task.status);
  const { execute, isPending } = useAction(updateTaskAction, {
    onSuccess: ({ data }) => {
      toast.success(data.status === 'completed' ? 'Task completed.' : 'Task reopened.');
      void refreshTimeline();
    },
    onError: ({ error }) => {
      setStatus(task.status);
      toast.error(actionErrorMessage(error));
    },
  });
  const completed = status === 'completed';
  const overdue = !completed && task.dueAt !== null && task.dueAt < now;
  const checkboxId = `task-${task.id}`;
  const assignee = task.assigneeName?.trim() || task.assigneeEmail;

  function onCheckedChange(checked: boolean) {
    const next: TaskStatus = checked ? 'completed' : 'pending';
    setStatus(next);
    execute({ orgSlug, taskId: task.id, patch: { status: next } });
  }

  return (
    <li className="flex items-start gap-3 rounded-md border px-3 py-2">
      <Checkbox id={checkboxId} className="mt-0.5" checked={completed} disabled={isPending} onCheckedChange={(checked) => onCheckedChange(checked === true)} />
      <div className="grid min-w-0 gap-0.5">
        <label htmlFor={checkboxId} className={cn('text-sm font-medium', completed && 'text-muted-foreground line-through')}>
          {task.title}
        </label>
        <p className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
          {task.dueAt ? <span className={cn(overdue && 'font-medium text-destructive')}>{overdue ? 'Overdue: ' : 'Due '}{formatDateTime(task.dueAt)}</span> : <span>No due date</span>}
          {assignee ? <span>· {assignee}</span> : <span>· Unassigned</span>}
        </p>
      </div>
      {STATUS_LABELS[status] ? (
        <Badge variant="outline" className="ml-auto">
          {STATUS_LABELS[status]}
        </Badge>
      ) : null}
    </li>
  );
}

export function LeadTasks({ tasks, renderedAt }: { tasks: LeadTask[]; renderedAt: string }) {
  const now = new Date(renderedAt);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Tasks</h2>
        </CardTitle>
        {tasks.length === 0 ? <CardDescription>No tasks for this lead yet. Create one in the Task tab above.</CardDescription> : null}
      </CardHeader>
      {tasks.length > 0 ? (
        <CardContent>
          <ul className="grid gap-2" aria-label="Tasks">
            {tasks.map((task) => (
              <TaskRow key={`${task.id}:${task.status}`} task={task} now={now} />
            ))}
          </ul>
        </CardContent>
      ) : null}
    </Card>
  );
}
