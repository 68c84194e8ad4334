'use client';

import type { Control } from 'react-hook-form';
import { Checkbox } from '@/components/ui/checkbox';
import { FormField, FormItem, FormMessage } from '@/components/ui/form';
import { Label } from '@/components/ui/label';
import { WEEKDAYS, type UpdateLeadRoutingFormValues, type UpdateLeadRoutingInput } from '@/lib/leads/routing/routing-schemas';

type Props = { control: Control<UpdateLeadRoutingFormValues, unknown, UpdateLeadRoutingInput> };

/** One checkbox per weekday, Monday first; the saved list is sorted and without repeats. */
export function WorkDaysField({ control }: Props) {
  return (
    <FormField
      control={control}
      name="workDays"
      render={({ field }) => (
        <FormItem>
          <fieldset className="grid gap-2">
            <legend className="mb-2 text-sm font-medium">Work days</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-2">
              {WEEKDAYS.map((day) => {
                const id = `work-day-${day.value}`;
                const checked = field.value.includes(day.value);
                return (
                  <div key={day.value} className="flex items-center gap-2">
                    <Checkbox
                      id={id}
                      checked={checked}
                      onBlur={field.onBlur}
                      onCheckedChange={(next) =>
                        field.onChange(next === true ? [...field.value, day.value] : field.value.filter((value) => value !== day.value))
                      }
                    />
                    <Label htmlFor={id} className="font-normal">
                      <abbr title={day.label} className="no-underline">
                        {day.short}
                      </abbr>
                    </Label>
                  </div>
                );
              })}
            </div>
          </fieldset>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
