'use client';

import type { ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import { FormField, FormItem, FormMessage } from '@/components/ui/form';
import type { UpdateLeadRoutingFormValues, UpdateLeadRoutingInput } from '@/lib/leads/routing/routing-schemas';

type Props = {
  control: Control<UpdateLeadRoutingFormValues, unknown, UpdateLeadRoutingInput>;
  /** Who gets the next lead in round robin, shown under that choice. */
  nextInTurn: string | null;
};

/** Who gets each new lead: radios in a fieldset, so arrow keys move between the choices. */
export function AssignmentModeField({ control, nextInTurn }: Props) {
  const choices: { value: UpdateLeadRoutingInput['mode']; label: string; hint: ReactNode }[] = [
    {
      value: 'round_robin',
      label: 'Round robin',
      hint: nextInTurn ? `Members take turns in the order they joined. Next in turn: ${nextInTurn}.` : 'Members take turns in the order they joined.',
    },
    { value: 'fixed', label: 'One person', hint: 'Every new lead goes to the member you choose.' },
    { value: 'none', label: 'Nobody', hint: 'New leads stay unassigned until someone picks them up.' },
  ];
  return (
    <FormField
      control={control}
      name="mode"
      render={({ field }) => (
        <FormItem>
          <fieldset className="grid gap-3">
            <legend className="mb-2 text-sm font-medium">Who gets new leads</legend>
            {choices.map((choice) => {
              const id = `routing-mode-${choice.value}`;
              return (
                <div key={choice.value} className="flex items-start gap-2">
                  <input
                    id={id}
                    type="radio"
                    name={field.name}
                    value={choice.value}
                    checked={field.value === choice.value}
                    onChange={() => field.onChange(choice.value)}
                    onBlur={field.onBlur}
                    aria-describedby={`${id}-hint`}
                    className="mt-0.5 size-4 accent-primary"
                  />
                  <label htmlFor={id} className="grid gap-0.5 text-sm leading-tight">
                    <span>{choice.label}</span>
                    <span id={`${id}-hint`} className="text-xs text-muted-foreground">
                      {choice.hint}
                    </span>
                  </label>
                </div>
              );
            })}
          </fieldset>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
