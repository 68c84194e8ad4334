'use client';

import type { Control } from 'react-hook-form';
import type { z } from 'zod';
import { DateTimeField } from '@/components/forms/date-time-field';
import { SelectField } from '@/components/forms/select-field';
import type { createTaskSchema } from '@/lib/tasks/schemas';
import { cn } from '@/lib/utils';

type TaskDueAssigneeFieldsProps = {
  control: Control<z.input<typeof createTaskSchema>, unknown, z.output<typeof createTaskSchema>>;
  /** The workspace's members, already labelled for this form. */
  assignees: { value: string; label: string }[];
  className?: string;
};

/** A task's due date and time and its assignee, side by side; "Unassigned" leaves the task to no one. */
export function TaskDueAssigneeFields({ control, assignees, className }: TaskDueAssigneeFieldsProps) {
  return (
    <div className={cn('grid sm:grid-cols-2', className)}>
      <DateTimeField control={control} name="dueAt" label="Due" />
      <SelectField control={control} name="assigneeId" label="Assignee" emptyLabel="Unassigned" options={assignees} />
    </div>
  );
}
