'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { Plus } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Form } from '@/components/ui/form';
import { createLeadAction } from '@/lib/actions/leads/create-lead';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { createLeadSchema } from '@/lib/leads/schemas';
import { OptionalSelectField, OptionalTextField, type LeadFormValues } from './lead-form-fields';
import type { MemberOption, StageOption } from './lead-list-types';

type NewLeadDialogProps = {
  orgSlug: string;
  stages: StageOption[];
  members: MemberOption[];
  currentUserId: string;
  triggerLabel?: string;
};

/** Adds one lead. New leads start in the first stage, owned by whoever adds them; both can be changed here. */
export function NewLeadDialog({ orgSlug, stages, members, currentUserId, triggerLabel = 'New lead' }: NewLeadDialogProps) {
  const [open, setOpen] = useState(false);
  const defaultValues: LeadFormValues = { name: '', stageId: stages[0]?.id, ownerId: members.some((m) => m.userId === currentUserId) ? currentUserId : undefined };
  const form = useForm({ resolver: zodResolver(createLeadSchema), defaultValues });
  const { execute, isPending } = useAction(createLeadAction, {
    onSuccess: ({ data }) => {
      const link = (
        <Link href={`/app/${orgSlug}/leads/${data.lead.id}`} className="underline underline-offset-4">
          Open {data.lead.name}
        </Link>
      );
      // createLead dedupes on email: say so, or the user would look for a second row that is not there.
      if (data.created) toast.success('Lead created.', { description: link });
      else toast.info('A lead with this email exists — updated it', { description: link });
      form.reset(defaultValues);
      setOpen(false);
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  function onOpenChange(next: boolean) {
    if (isPending) return;
    setOpen(next);
    if (!next) form.reset(defaultValues);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>New lead</DialogTitle>
          <DialogDescription>If a lead with the same email exists in this workspace, it is updated instead of duplicated.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-4" noValidate>
            <TextField control={form.control} name="name" label="Name" autoFocus autoComplete="off" />
            <div className="grid gap-4 sm:grid-cols-2">
              <OptionalTextField control={form.control} name="email" label="Email" type="email" autoComplete="off" />
              <OptionalTextField control={form.control} name="phone" label="Phone" type="tel" autoComplete="off" />
              <OptionalTextField control={form.control} name="company" label="Company" autoComplete="off" />
              <OptionalTextField control={form.control} name="title" label="Job title" autoComplete="off" />
              <OptionalTextField control={form.control} name="source" label="Source" autoComplete="off" />
              <OptionalSelectField
                control={form.control}
                name="stageId"
                label="Stage"
                noneLabel="No stage"
                options={stages.map((stage) => ({ value: stage.id, label: stage.name }))}
              />
              <OptionalSelectField
                control={form.control}
                name="ownerId"
                label="Owner"
                noneLabel="Unassigned"
                options={members.map((member) => ({ value: member.userId, label: member.label }))}
              />
            </div>
            <FormRootError control={form.control} />
            <DialogFooter>
              <Button type="submit" disabled={isPending}>
                {isPending ? 'Creating…' : 'Create lead'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
