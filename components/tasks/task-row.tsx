'use client';

import { MoreHorizontal, Trash2 } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { TASK_STATUSES, type TaskStatus } from '@/db/schema/values';
import { cn } from '@/lib/utils';
import { formatDue, isOpenStatus, SOURCE_LABELS, STATUS_LABELS, STATUS_VARIANT, type TaskRowData } from './task-format';
import { useTaskStatus } from './use-task-status';

type TaskRowProps = {
  orgSlug: string;
  task: TaskRowData;
  now: Date;
  offsetMinutes: number | null;
  canWrite: boolean;
  onDelete: (task: TaskRowData) => void;
};

/** One task: tick to complete (or untick to reopen), its lead, due date, assignee, status and source. */
export function TaskRow({ orgSlug, task, now, offsetMinutes, canWrite, onDelete }: TaskRowProps) {
  const { status, setStatus, isPending } = useTaskStatus({ orgSlug, taskId: task.id, title: task.title, status: task.status });
  const completed = status === 'completed';
  const overdue = isOpenStatus(status) && task.dueAt !== null && task.dueAt < now;
  const checkboxId = `task-${task.id}`;
  const assignee = task.assigneeName?.trim() || task.assigneeEmail;

  return (
    <li data-task-id={task.id} className="flex items-start gap-3 rounded-md border bg-card px-3 py-2">
      <Checkbox
        id={checkboxId}
        className="mt-0.5"
        aria-label={completed ? `Reopen “${task.title}”` : `Complete “${task.title}”`}
        checked={completed}
        disabled={!canWrite || isPending}
        onCheckedChange={(checked) => setStatus(checked === true ? 'completed' : 'pending')}
      />
      <div className="grid min-w-0 flex-1 gap-0.5">
        <label htmlFor={checkboxId} className={cn('text-sm font-medium', completed && 'text-muted-foreground line-through')}>
          {task.title}
        </label>
        {task.notes ? <p className="line-clamp-2 text-xs text-muted-foreground">{task.notes}</p> : null}
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
          {task.dueAt ? (
            <span className={cn(overdue && 'font-medium text-destructive')}>
              {overdue ? 'Overdue · ' : 'Due '}
              <time dateTime={task.dueAt.toISOString()}>{formatDue(task.dueAt, offsetMinutes, now)}</time>
            </span>
          ) : (
            <span>No due date</span>
          )}
          {task.leadId ? (
            <Link href={`/app/${orgSlug}/leads/${task.leadId}`} className="font-medium text-foreground hover:underline">
              {task.leadName ?? 'Lead'}
            </Link>
          ) : null}
          <span>{assignee ?? 'Unassigned'}</span>
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-1.5">
        <Badge variant={STATUS_VARIANT[status]}>{STATUS_LABELS[status]}</Badge>
        <Badge variant="outline" className="text-muted-foreground">
          {SOURCE_LABELS[task.source]}
        </Badge>
        {canWrite ? (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="ghost" size="icon" className="size-7" aria-label={`Actions for “${task.title}”`} disabled={isPending}>
                <MoreHorizontal aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end" className="w-48">
              <DropdownMenuLabel className="text-xs text-muted-foreground">Status</DropdownMenuLabel>
              <DropdownMenuRadioGroup value={status} onValueChange={(value) => setStatus(value as TaskStatus)}>
                {TASK_STATUSES.map((option) => (
                  <DropdownMenuRadioItem key={option} value={option}>
                    {STATUS_LABELS[option]}
                  </DropdownMenuRadioItem>
                ))}
              </DropdownMenuRadioGroup>
              <DropdownMenuSeparator />
              <DropdownMenuItem variant="destructive" onSelect={() => onDelete(task)}>
                <Trash2 aria-hidden />
                Delete task
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        ) : null}
      </div>
    </li>
  );
}
