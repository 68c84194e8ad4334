'use client';

import { useWatch, type Control } from 'react-hook-form';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { FormField, FormItem, FormMessage } from '@/components/ui/form';
import type { FormEditorValues } from './form-editor-schema';

const CHOICES = [
  { value: 'message', label: 'Show a message', hint: 'The form is replaced by your thank-you note.' },
  { value: 'redirect', label: 'Go to a page', hint: 'Visitors are sent to a page of your own, e.g. a thank-you page.' },
] as const;

/** What a visitor sees after sending: the form's message, or another page (radio, then its one input). */
export function AfterSubmitFields({ control }: { control: Control<FormEditorValues> }) {
  const afterSubmit = useWatch({ control, name: 'afterSubmit' });
  return (
    <div className="grid gap-4">
      <FormField
        control={control}
        name="afterSubmit"
        render={({ field }) => (
          <FormItem>
            <fieldset className="grid gap-2">
              <legend className="mb-2 text-sm font-medium">After sending</legend>
              {CHOICES.map((choice) => {
                const id = `after-submit-${choice.value}`;
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
                      className="mt-0.5 size-4 accent-primary"
                    />
                    <label htmlFor={id} className="grid gap-0.5 text-sm leading-tight">
                      <span>{choice.label}</span>
                      <span className="text-xs text-muted-foreground">{choice.hint}</span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
            <FormMessage />
          </FormItem>
        )}
      />
      {afterSubmit === 'redirect' ? (
        <TextField control={control} name="redirectUrl" label="Page address" type="url" placeholder="https://example.com/thanks" autoComplete="off" />
      ) : (
        <TextareaField control={control} name="successMessage" label="Thank-you message" rows={3} />
      )}
    </div>
  );
}
