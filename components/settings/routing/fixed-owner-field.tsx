'use client';

import type { Control } from 'react-hook-form';
import { SelectField } from '@/components/forms/select-field';
import { FormField, FormItem, FormMessage } from '@/components/ui/form';
import type { UpdateLeadRoutingFormValues, UpdateLeadRoutingInput } from '@/lib/leads/routing/routing-schemas';

type Props = {
  control: Control<UpdateLeadRoutingFormValues, unknown, UpdateLeadRoutingInput>;
  members: { userId: string; label: string }[];
};

/**
 * The member who gets every new lead in "One person" mode. With nobody to choose, it says so and still
 * shows the field's error ("Choose who gets every new lead."), which would otherwise land on a select that
 * is not there and leave Save doing nothing visible.
 */
export function FixedOwnerField({ control, members }: Props) {
  if (members.length > 0) {
    return (
      <SelectField
        control={control}
        name="fixedOwnerId"
        label="Member who gets every new lead"
        options={members.map((member) => ({ value: member.userId, label: member.label }))}
      />
    );
  }
  return (
    <FormField
      control={control}
      name="fixedOwnerId"
      render={() => (
        <FormItem>
          <p className="text-sm text-muted-foreground">This workspace has no active members to choose from.</p>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
