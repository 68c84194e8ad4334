'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { deleteTaskAction } from '@/lib/actions/tasks/delete-task';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import type { TaskRowData } from './task-format';
import { TaskRow } from './task-row';

type TaskListProps = {
  orgSlug: string;
  tasks: TaskRowData[];
  /** When the page was rendered (ISO): what "overdue" is measured against, the same on server and client. */
  renderedAt: string;
  offsetMinutes: number | null;
  canWrite: boolean;
  label: string;
};

export function TaskList({ orgSlug, tasks, renderedAt, offsetMinutes, canWrite, label }: TaskListProps) {
  const now = new Date(renderedAt);
  const [deleting, setDeleting] = useState<TaskRowData | null>(null);
  const remove = useAction(deleteTaskAction, {
    onSuccess: () => {
      toast.success(`Deleted “${deleting?.title}”.`);
      setDeleting(null);
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });

  return (
    <>
      <ul className="grid gap-2" aria-label={label}>
        {tasks.map((task) => (
          <TaskRow key={task.id} orgSlug={orgSlug} task={task} now={now} offsetMinutes={offsetMinutes} canWrite={canWrite} onDelete={setDeleting} />
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.title ?? ''}”?`}
        description="The task is removed for everyone in this workspace. Its lead's timeline keeps the entries it already has. This cannot be undone."
        confirmLabel="Delete task"
        pendingLabel="Deleting…"
        destructive
        pending={remove.isPending}
        onConfirm={() => deleting && remove.execute({ orgSlug, taskId: deleting.id })}
      />
    </>
  );
}
