'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { logCallAction } from '@/lib/actions/leads/log-call';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { CALL_OUTCOMES, logCallSchema } from '@/lib/leads/activity-schemas';
import { useLeadPage, useRefreshTimeline } from '../lead-page-context';

const OUTCOME_LABELS: Record<(typeof CALL_OUTCOMES)[number], string> = {
  connected: 'Connected',
  left_voicemail: 'Left a voicemail',
  no_answer: 'No answer',
  wrong_number: 'Wrong number',
};

export function CallForm() {
  const { orgSlug, leadId } = useLeadPage();
  const refreshTimeline = useRefreshTimeline();
  const defaults = { leadId, outcome: 'connected' as const, durationMinutes: undefined as unknown, body: '' };
  const form = useForm({ resolver: zodResolver(logCallSchema), defaultValues: defaults });
  const { execute, isPending } = useAction(logCallAction, {
    onSuccess: () => {
      form.reset(defaults);
      toast.success('Call logged.');
      void refreshTimeline();
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-3" noValidate>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="outcome"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Outcome</FormLabel>
                <Select value={field.value} onValueChange={field.onChange}>
                  <FormControl>
                    <SelectTrigger className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    {CALL_OUTCOMES.map((outcome) => (
                      <SelectItem key={outcome} value={outcome}>
                        {OUTCOME_LABELS[outcome]}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="durationMinutes"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Duration (minutes)</FormLabel>
                <FormControl>
                  <Input
                    name={field.name}
                    ref={field.ref}
                    onBlur={field.onBlur}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={600}
                    value={typeof field.value === 'string' || typeof field.value === 'number' ? field.value : ''}
                    // An empty box means "not recorded", not zero minutes.
                    onChange={(event) => field.onChange(event.target.value === '' ? undefined : event.target.value)}
                  />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
        <FormField
          control={form.control}
          name="body"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Notes</FormLabel>
              <FormControl>
                <Textarea {...field} value={field.value ?? ''} rows={3} placeholder="What was said, what happens next" />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormRootError control={form.control} />
        <Button type="submit" className="w-fit" disabled={isPending}>
          {isPending ? 'Logging…' : 'Log call'}
        </Button>
      </form>
    </Form>
  );
}
