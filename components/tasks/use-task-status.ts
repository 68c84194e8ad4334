'use client';

import { useOptimistic, useTransition } from 'react';
import { toast } from 'sonner';
import type { TaskStatus } from '@/db/schema/values';
import { updateTaskAction } from '@/lib/actions/tasks/update-task';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { STATUS_LABELS } from './task-format';

async function saveStatus(orgSlug: string, taskId: string, status: TaskStatus): Promise<boolean> {
  try {
    const result = await updateTaskAction({ orgSlug, taskId, patch: { status } });
    if (result?.data) return true;
    toast.error(actionErrorMessage(result ?? {}));
  } catch {
    toast.error('Could not save the task. Check your connection and try again.');
  }
  return false;
}

/**
 * A task's status with optimistic changes: the new status shows at once; the action refreshes the page
 * (a completed task leaves "My tasks"); a failure ends the optimistic state, which restores the old one.
 * Completing offers Undo, which puts the previous status back even after the row has left the list.
 */
export function useTaskStatus({ orgSlug, taskId, title, status }: { orgSlug: string; taskId: string; title: string; status: TaskStatus }) {
  const [optimistic, setOptimistic] = useOptimistic(status);
  const [isPending, startTransition] = useTransition();

  function setStatus(next: TaskStatus) {
    if (next === status) return;
    const previous = status;
    startTransition(async () => {
      setOptimistic(next);
      const saved = await saveStatus(orgSlug, taskId, next);
      if (!saved) return;
      if (next === 'completed') {
        toast.success(`Completed “${title}”.`, {
          action: { label: 'Undo', onClick: () => void saveStatus(orgSlug, taskId, previous).then((ok) => ok && toast.success(`Reopened “${title}”.`)) },
        });
      } else {
        toast.success(`“${title}” is now ${STATUS_LABELS[next].toLowerCase()}.`);
      }
    });
  }

  return { status: optimistic, setStatus, isPending };
}
