'use client';

import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';

// Radix Select items cannot have an empty value; this one stands for the field's "not set" option.
const EMPTY = '__empty';

type SelectFieldProps<TFieldValues extends FieldValues, TTransformedValues> = {
  control: Control<TFieldValues, unknown, TTransformedValues>;
  name: FieldPath<TFieldValues>;
  label: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  /** Label of a first option that leaves the field unset (`undefined`), e.g. "Unassigned". */
  emptyLabel?: string;
  description?: ReactNode;
};

/** A labelled select bound to react-hook-form, with optional description and the field's error. */
export function SelectField<TFieldValues extends FieldValues, TTransformedValues = TFieldValues>({
  control,
  name,
  label,
  options,
  emptyLabel,
  description,
}: SelectFieldProps<TFieldValues, TTransformedValues>) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <Select
            value={typeof field.value === 'string' ? field.value : emptyLabel ? EMPTY : ''}
            onValueChange={(value) => field.onChange(emptyLabel && value === EMPTY ? undefined : value)}
          >
            <FormControl>
              <SelectTrigger className="w-full">
                <SelectValue />
              </SelectTrigger>
            </FormControl>
            <SelectContent>
              {emptyLabel ? <SelectItem value={EMPTY}>{emptyLabel}</SelectItem> : null}
              {options.map((option) => (
                <SelectItem key={option.value} value={option.value}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {description ? <FormDescription>{description}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
