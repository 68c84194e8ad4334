'use client';

import type { Control, FieldValues } from 'react-hook-form';
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { LeadFormField } from '@/db/schema/forms';
import type { SubmissionCustomField } from '@/lib/leads/capture/submission-schema';

// What browsers and password managers may fill in for each standard field.
const AUTOCOMPLETE: Record<string, string> = { name: 'name', email: 'email', company: 'organization', phone: 'tel' };
const INPUT_TYPE: Record<string, string> = { email: 'email', phone: 'tel' };

const SELECT_CLASS =
  'h-9 w-full rounded-md border border-input bg-transparent px-3 text-base shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive md:text-sm';

type Props = {
  control: Control<FieldValues>;
  field: LeadFormField;
  /** The workspace definition behind a `custom:` field; undefined for standard fields. */
  definition?: SubmissionCustomField;
};

/** One visitor-facing input of a hosted form, chosen by the field's key or its custom field type. */
export function HostedFormField({ control, field, definition }: Props) {
  const label = (
    <>
      {field.label}
      {field.required ? (
        <span aria-hidden className="text-destructive">
          *
        </span>
      ) : (
        <span className="font-normal text-muted-foreground">(optional)</span>
      )}
    </>
  );
  return (
    <FormField
      control={control}
      name={field.key}
      render={({ field: input }) => {
        const common = { ...input, value: typeof input.value === 'string' ? input.value : '', 'aria-required': field.required };
        let control;
        if (field.key === 'message') control = <Textarea {...common} rows={5} className="min-h-28" />;
        else if (definition?.type === 'select') {
          control = (
            <select {...common} className={SELECT_CLASS}>
              <option value="">{field.required ? 'Choose…' : 'No answer'}</option>
              {definition.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          );
        } else if (definition?.type === 'number') control = <Input {...common} type="text" inputMode="decimal" />;
        else if (definition?.type === 'date') control = <Input {...common} type="date" />;
        else control = <Input {...common} type={INPUT_TYPE[field.key] ?? 'text'} autoComplete={AUTOCOMPLETE[field.key] ?? 'off'} />;
        return (
          <FormItem>
            <FormLabel className="gap-1">{label}</FormLabel>
            <FormControl>{control}</FormControl>
            <FormMessage />
          </FormItem>
        );
      }}
    />
  );
}
