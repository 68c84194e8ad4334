'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { NumberField } from '@/components/forms/number-field';
import { SelectField } from '@/components/forms/select-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { logCallAction } from '@/lib/actions/leads/log-call';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { CALL_OUTCOMES, logCallSchema } from '@/lib/leads/activity-schemas';
import { useLeadPage, useRefreshTimeline } from '../lead-page-context';
import { ComposerForm } from './composer-form';

const OUTCOME_LABELS: Record<(typeof CALL_OUTCOMES)[number], string> = {
  connected: 'Connected',
  left_voicemail: 'Left a voicemail',
  no_answer: 'No answer',
  wrong_number: 'Wrong number',
};
const OUTCOME_OPTIONS = CALL_OUTCOMES.map((outcome) => ({ value: outcome, label: OUTCOME_LABELS[outcome] }));

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
    <ComposerForm form={form} onSubmit={(values) => execute({ ...values, orgSlug })} isPending={isPending} submitLabel="Log call" pendingLabel="Logging…">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField control={form.control} name="outcome" label="Outcome" options={OUTCOME_OPTIONS} />
        {/* An empty box means "not recorded", not zero minutes. */}
        <NumberField control={form.control} name="durationMinutes" label="Duration (minutes)" min={0} max={600} />
      </div>
      <TextareaField control={form.control} name="body" label="Notes" placeholder="What was said, what happens next" />
    </ComposerForm>
  );
}
