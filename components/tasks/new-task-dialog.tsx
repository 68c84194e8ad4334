'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { Plus } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Form, FormField, FormItem, FormMessage } from '@/components/ui/form';
import { createTaskAction } from '@/lib/actions/tasks/create-task';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { createTaskSchema } from '@/lib/tasks/schemas';
import { LeadPicker, type PickedLead } from './lead-picker';
import { TaskDueAssigneeFields } from './task-due-assignee-fields';

export type TaskMemberOption = { userId: string; label: string };

type NewTaskDialogProps = { orgSlug: string; orgId: string; members: TaskMemberOption[]; viewerId: string };

/** Title, notes, due date and time (in the browser's zone), assignee (the viewer by default) and an optional lead. */
export function NewTaskDialog({ orgSlug, orgId, members, viewerId }: NewTaskDialogProps) {
  const [open, setOpen] = useState(false);
  const [lead, setLead] = useState<PickedLead | null>(null);
  const defaults: z.input<typeof createTaskSchema> = { title: '', notes: '', dueAt: undefined, assigneeId: viewerId, leadId: undefined };
  const form = useForm({ resolver: zodResolver(createTaskSchema), defaultValues: defaults });
  const { execute, isPending } = useAction(createTaskAction, {
    onSuccess: ({ data }) => {
      toast.success(`Task “${data.title}” created.`);
      setOpen(false);
      setLead(null);
      form.reset(defaults);
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const assignees = members.map((member) => ({ value: member.userId, label: member.userId === viewerId ? `${member.label} (you)` : member.label }));

  function onOpenChange(next: boolean) {
    if (isPending) return;
    setOpen(next);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          New task
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New task</DialogTitle>
          <DialogDescription>A task linked to a lead also appears on that lead’s timeline.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-4" noValidate>
            <TextField control={form.control} name="title" label="Title" placeholder="Call back about the proposal" autoComplete="off" autoFocus />
            <TextareaField control={form.control} name="notes" label="Notes" />
            <TaskDueAssigneeFields control={form.control} assignees={assignees} className="gap-4" />
            <FormField
              control={form.control}
              name="leadId"
              render={() => (
                <FormItem>
                  <fieldset className="grid gap-2">
                    <legend className="mb-2 text-sm font-medium">Linked lead (optional)</legend>
                    <LeadPicker
                      orgSlug={orgSlug}
                      orgId={orgId}
                      value={lead}
                      onChange={(picked) => {
                        setLead(picked);
                        form.setValue('leadId', picked?.id, { shouldValidate: false });
                      }}
                    />
                  </fieldset>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormRootError control={form.control} />
            <DialogFooter>
              <SubmitButton isPending={isPending} pendingLabel="Creating…">
                Create task
              </SubmitButton>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
