'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { SelectField } from '@/components/forms/select-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { updateLeadRoutingAction } from '@/lib/actions/leads/update-lead-routing';
import { applyActionErrors } from '@/lib/forms/field-errors';
import {
  updateLeadRoutingSchema,
  type UpdateLeadRoutingFormValues,
  type UpdateLeadRoutingInput,
} from '@/lib/leads/routing/routing-schemas';
import { AssignmentModeField } from './assignment-mode-field';
import { FixedOwnerField } from './fixed-owner-field';
import { TimeZoneField } from './time-zone-field';
import { WorkDaysField } from './work-days-field';

export type LeadRoutingFormSettings = Pick<UpdateLeadRoutingInput, 'mode' | 'timeZone' | 'startHour' | 'endHour' | 'workDays'> & {
  fixedOwnerId: string | null;
};

type Props = {
  orgSlug: string;
  settings: LeadRoutingFormSettings;
  /** Members who can own leads (disabled accounts left out). */
  members: { userId: string; label: string }[];
  timeZones: readonly string[];
  nextInTurn: string | null;
};

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const START_HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: hourLabel(hour) }));
const END_HOURS = Array.from({ length: 24 }, (_, index) => ({ value: String(index + 1), label: hourLabel(index + 1) }));

function toFormValues(settings: LeadRoutingFormSettings): UpdateLeadRoutingFormValues {
  return {
    mode: settings.mode,
    fixedOwnerId: settings.fixedOwnerId ?? undefined,
    timeZone: settings.timeZone,
    // The hour selects hold strings; the schema turns them back into numbers.
    startHour: String(settings.startHour),
    endHour: String(settings.endHour),
    workDays: settings.workDays,
  };
}

export function LeadRoutingForm({ orgSlug, settings, members, timeZones, nextInTurn }: Props) {
  const form = useForm<UpdateLeadRoutingFormValues, unknown, UpdateLeadRoutingInput>({
    resolver: zodResolver(updateLeadRoutingSchema),
    defaultValues: toFormValues(settings),
  });
  const mode = useWatch({ control: form.control, name: 'mode' });
  const { execute, isPending } = useAction(updateLeadRoutingAction, {
    onSuccess: ({ data }) => {
      if (data) form.reset(toFormValues({ ...data, startHour: data.businessHoursStart, endHour: data.businessHoursEnd }));
      toast.success('Lead routing saved.');
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid max-w-xl gap-6" noValidate>
        <AssignmentModeField control={form.control} nextInTurn={nextInTurn} />
        {mode === 'fixed' ? (
          <div className="max-w-sm">
            <FixedOwnerField control={form.control} members={members} />
          </div>
        ) : null}
        <TimeZoneField control={form.control} timeZones={timeZones} />
        <div className="grid max-w-sm grid-cols-2 gap-4">
          <SelectField control={form.control} name="startHour" label="Working day starts" options={START_HOURS} />
          <SelectField control={form.control} name="endHour" label="Working day ends" options={END_HOURS} />
        </div>
        <WorkDaysField control={form.control} />
        <p className="text-sm text-muted-foreground">
          Each new lead gets a “Reply to …” task for its owner, due one working hour after the lead arrives.
        </p>
        <FormRootError control={form.control} />
        <Button type="submit" className="w-fit" disabled={isPending || !form.formState.isDirty}>
          {isPending ? 'Saving…' : 'Save'}
        </Button>
      </form>
    </Form>
  );
}
