'use client';

import type { Control } from 'react-hook-form';
import type { z } from 'zod';
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import type { CreateLeadInput, createLeadSchema } from '@/lib/leads/schemas';

export type LeadFormValues = z.input<typeof createLeadSchema>;
export type LeadFormControl = Control<LeadFormValues, unknown, CreateLeadInput>;
type OptionalTextName = 'email' | 'company' | 'phone' | 'title' | 'source';

// Radix Select items cannot have an empty value; this one stands for "none".
const NONE = '__none';

/** An optional text input: an empty box is "not given" (undefined), which the schema's email check needs. */
export function OptionalTextField({ control, name, label, type, autoComplete }: { control: LeadFormControl; name: OptionalTextName; label: string; type?: string; autoComplete?: string }) {
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
              type={type}
              autoComplete={autoComplete}
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.target.value === '' ? undefined : event.target.value)}
            />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

type SelectFieldProps = {
  control: LeadFormControl;
  name: 'stageId' | 'ownerId';
  label: string;
  noneLabel: string;
  options: { value: string; label: string }[];
};

export function OptionalSelectField({ control, name, label, noneLabel, options }: SelectFieldProps) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <Select value={field.value ?? NONE} onValueChange={(value) => field.onChange(value === NONE ? undefined : value)}>
            <FormControl>
              <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                <SelectValue />
              </SelectTrigger>
            </FormControl>
            <SelectContent>
              <SelectItem value={NONE}>{noneLabel}</SelectItem>
              {options.map((option) => (
                <SelectItem key={option.value} value={option.value}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
