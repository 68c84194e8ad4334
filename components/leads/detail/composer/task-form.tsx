'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { createTaskAction } from '@/lib/actions/tasks/create-task';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { createTaskSchema } from '@/lib/tasks/schemas';
import { memberLabel, useLeadPage, useRefreshTimeline } from '../lead-page-context';
import { DateTimeInput } from './date-time-input';

const UNASSIGNED = '__unassigned__';

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

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-3" noValidate>
        <TextField control={form.control} name="title" label="Title" placeholder="Send the proposal" autoComplete="off" />
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="dueAt"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Due</FormLabel>
                <FormControl>
                  <DateTimeInput name={field.name} ref={field.ref} onBlur={field.onBlur} value={field.value} onChange={field.onChange} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="assigneeId"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Assignee</FormLabel>
                <Select value={field.value ?? UNASSIGNED} onValueChange={(value) => field.onChange(value === UNASSIGNED ? undefined : value)}>
                  <FormControl>
                    <SelectTrigger className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    <SelectItem value={UNASSIGNED}>Unassigned</SelectItem>
                    {members.map((member) => (
                      <SelectItem key={member.userId} value={member.userId}>
                        {memberLabel(member)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
        <FormField
          control={form.control}
          name="notes"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Notes</FormLabel>
              <FormControl>
                <Textarea {...field} value={typeof field.value === 'string' ? field.value : ''} rows={3} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormRootError control={form.control} />
        <Button type="submit" className="w-fit" disabled={isPending}>
          {isPending ? 'Creating…' : 'Create task'}
        </Button>
      </form>
    </Form>
  );
}
