'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { scheduleMeetingAction } from '@/lib/actions/leads/schedule-meeting';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { scheduleMeetingSchema } from '@/lib/leads/activity-schemas';
import { useLeadPage, useRefreshTimeline } from '../lead-page-context';
import { DateTimeInput, toLocalInput } from './date-time-input';

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
  function onStartChange(value: string | undefined, onChange: (value: string | undefined) => void) {
    onChange(value);
    const start = value ? new Date(value) : null;
    if (start && !Number.isNaN(start.getTime()) && !form.getValues('endsAt')) {
      form.setValue('endsAt', toLocalInput(new Date(start.getTime() + DEFAULT_LENGTH_MINUTES * 60_000)));
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-3" noValidate>
        <TextField control={form.control} name="title" label="Title" placeholder="Intro call" autoComplete="off" />
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="startsAt"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Start</FormLabel>
                <FormControl>
                  <DateTimeInput name={field.name} ref={field.ref} onBlur={field.onBlur} value={field.value} onChange={(value) => onStartChange(value, field.onChange)} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="endsAt"
            render={({ field }) => (
              <FormItem>
                <FormLabel>End</FormLabel>
                <FormControl>
                  <DateTimeInput name={field.name} ref={field.ref} onBlur={field.onBlur} value={field.value} onChange={field.onChange} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
        <FormField
          control={form.control}
          name="location"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Location</FormLabel>
              <FormControl>
                <Input {...field} value={field.value ?? ''} placeholder="Office, phone or video link" autoComplete="off" />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="notes"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Notes</FormLabel>
              <FormControl>
                <Textarea {...field} value={field.value ?? ''} rows={3} placeholder="Agenda, people joining" />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormRootError control={form.control} />
        <Button type="submit" className="w-fit" disabled={isPending}>
          {isPending ? 'Scheduling…' : 'Schedule meeting'}
        </Button>
      </form>
    </Form>
  );
}
