'use client';

import type { ComponentProps, ReactNode } from 'react';
import type { Control, ControllerRenderProps, FieldPathByValue, FieldValues } from 'react-hook-form';
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';

type InputProps = ComponentProps<typeof Input>;

type TextFieldProps<
  TFieldValues extends FieldValues,
  TName extends FieldPathByValue<TFieldValues, string | undefined>,
  TTransformedValues = TFieldValues,
> = {
  control: Control<TFieldValues, unknown, TTransformedValues>;
  name: TName;
  label: ReactNode;
  type?: InputProps['type'];
  autoComplete?: InputProps['autoComplete'];
  autoFocus?: boolean;
  placeholder?: string;
  description?: ReactNode;
  /** Anything else for the input (spellCheck, readOnly, className…); the field's own props win. */
  inputProps?: Omit<InputProps, keyof ControllerRenderProps | 'type' | 'autoComplete' | 'autoFocus' | 'placeholder' | 'id'>;
  /** Runs after the form has taken the new value, for side effects such as suggesting another field. */
  onValueChange?: (value: string) => void;
};

/** A labelled text input bound to react-hook-form, with optional description and the field's error. */
export function TextField<
  TFieldValues extends FieldValues,
  TName extends FieldPathByValue<TFieldValues, string | undefined>,
  TTransformedValues = TFieldValues,
>({
  control,
  name,
  label,
  type,
  autoComplete,
  autoFocus,
  placeholder,
  description,
  inputProps,
  onValueChange,
}: TextFieldProps<TFieldValues, TName, TTransformedValues>) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input
              {...inputProps}
              {...field}
              // An optional field may start unset; the box stays controlled either way.
              value={field.value ?? ''}
              type={type}
              autoComplete={autoComplete}
              autoFocus={autoFocus}
              placeholder={placeholder}
              onChange={(event) => {
                field.onChange(event);
                onValueChange?.(event.target.value);
              }}
            />
          </FormControl>
          {description ? <FormDescription>{description}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
