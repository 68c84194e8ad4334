'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { TaskDueAssigneeFields } from '@/components/tasks/task-due-assignee-fields';
import { createTaskAction } from '@/lib/actions/tasks/create-task';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { createTaskSchema } from '@/lib/tasks/schemas';
import { memberLabel, useLeadPage, useRefreshTimeline } from '../lead-page-context';
import { ComposerForm } from './composer-form';

export function TaskForm({ defaultAssigneeId }: { defaultAssigneeId?: string }) {
  const { orgSlug, leadId, members } = useLeadPage();
  const refreshTimeline = useRefreshTimeline();
  const defaults: z.input<typeof createTaskSchema> = { leadId, title: '', dueAt: undefined, assigneeId: defaultAssigneeId, notes: '' };
  const form = useForm({ resolver: zodResolver(createTaskSchema), defaultValues: defaults });
  const { execute, isPending } = useAction(createTaskAction, {
    onSuccess: () => {
      form.reset(defaults);
      toast.success('Task created.');
      void refreshTimeline();
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const assignees = members.map((member) => ({ value: member.userId, label: memberLabel(member) }));

  return (
    <ComposerForm form={form} onSubmit={(values) => execute({ ...values, orgSlug })} isPending={isPending} submitLabel="Create task" pendingLabel="Creating…">
      <TextField control={form.control} name="title" label="Title" placeholder="Send the proposal" autoComplete="off" />
      <TaskDueAssigneeFields control={form.control} assignees={assignees} className="gap-3" />
      <TextareaField control={form.control} name="notes" label="Notes" />
    </ComposerForm>
  );
}
