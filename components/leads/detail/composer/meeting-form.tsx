'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { DateTimeField } from '@/components/forms/date-time-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { scheduleMeetingAction } from '@/lib/actions/leads/schedule-meeting';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { scheduleMeetingSchema } from '@/lib/leads/activity-schemas';
import { useLeadPage, useRefreshTimeline } from '../lead-page-context';
import { ComposerForm } from './composer-form';
import { toLocalInput } from './date-time-input';

const DEFAULT_LENGTH_MINUTES = 30;

export function MeetingForm() {
  const { orgSlug, leadId } = useLeadPage();
  const refreshTimeline = useRefreshTimeline();
  const defaults = { leadId, title: '', startsAt: undefined as unknown, endsAt: undefined as unknown, location: '', notes: '' };
  const form = useForm({ resolver: zodResolver(scheduleMeetingSchema), defaultValues: defaults });
  const { execute, isPending } = useAction(scheduleMeetingAction, {
    onSuccess: () => {
      form.reset(defaults);
      toast.success('Meeting scheduled.');
      void refreshTimeline();
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  // Picking a start with no end yet proposes a half-hour meeting; the end stays editable.
  function onStartChange(value: string | undefined) {
    const start = value ? new Date(value) : null;
    if (start && !Number.isNaN(start.getTime()) && !form.getValues('endsAt')) {
      form.setValue('endsAt', toLocalInput(new Date(start.getTime() + DEFAULT_LENGTH_MINUTES * 60_000)));
    }
  }

  return (
    <ComposerForm form={form} onSubmit={(values) => execute({ ...values, orgSlug })} isPending={isPending} submitLabel="Schedule meeting" pendingLabel="Scheduling…">
      <TextField control={form.control} name="title" label="Title" placeholder="Intro call" autoComplete="off" />
      <div className="grid gap-3 sm:grid-cols-2">
        <DateTimeField control={form.control} name="startsAt" label="Start" onValueChange={onStartChange} />
        <DateTimeField control={form.control} name="endsAt" label="End" />
      </div>
      <TextField control={form.control} name="location" label="Location" placeholder="Office, phone or video link" autoComplete="off" />
      <TextareaField control={form.control} name="notes" label="Notes" placeholder="Agenda, people joining" />
    </ComposerForm>
  );
}
