'use client';

import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';

type NumberFieldProps<TFieldValues extends FieldValues, TTransformedValues> = {
  control: Control<TFieldValues, unknown, TTransformedValues>;
  name: FieldPath<TFieldValues>;
  label: ReactNode;
  min?: number;
  max?: number;
  placeholder?: string;
  className?: string;
  description?: ReactNode;
};

/**
 * A labelled whole-number input bound to react-hook-form. The form keeps the typed text (the schema coerces
 * it); an empty box is `undefined`, i.e. "not set", never an empty string or zero.
 */
export function NumberField<TFieldValues extends FieldValues, TTransformedValues = TFieldValues>({
  control,
  name,
  label,
  min,
  max,
  placeholder,
  className,
  description,
}: NumberFieldProps<TFieldValues, TTransformedValues>) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              placeholder={placeholder}
              className={className}
              value={typeof field.value === 'string' || typeof field.value === 'number' ? field.value : ''}
              onChange={(event) => field.onChange(event.target.value === '' ? undefined : event.target.value)}
            />
          </FormControl>
          {description ? <FormDescription>{description}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
