'use client';

import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { DateTimeInput } from '@/components/leads/detail/composer/date-time-input';
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';

type DateTimeFieldProps<TFieldValues extends FieldValues, TTransformedValues> = {
  control: Control<TFieldValues, unknown, TTransformedValues>;
  name: FieldPath<TFieldValues>;
  label: ReactNode;
  /** Runs after the form has taken the new value, for side effects such as proposing another field. */
  onValueChange?: (value: string | undefined) => void;
};

/** A labelled local date-and-time input bound to react-hook-form (see DateTimeInput for the value). */
export function DateTimeField<TFieldValues extends FieldValues, TTransformedValues = TFieldValues>({
  control,
  name,
  label,
  onValueChange,
}: DateTimeFieldProps<TFieldValues, TTransformedValues>) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <DateTimeInput
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                onValueChange?.(value);
              }}
            />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
