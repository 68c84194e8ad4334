'use client';

import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Form } from '@/components/ui/form';

type ComposerFormProps<TFieldValues extends FieldValues, TTransformedValues> = {
  form: UseFormReturn<TFieldValues, unknown, TTransformedValues>;
  onSubmit: (values: TTransformedValues) => void;
  isPending: boolean;
  submitLabel: string;
  pendingLabel: string;
  children: ReactNode;
};

/** The frame of each composer tab: the fields, the form's own error, then the submit button. */
export function ComposerForm<TFieldValues extends FieldValues, TTransformedValues = TFieldValues>({
  form,
  onSubmit,
  isPending,
  submitLabel,
  pendingLabel,
  children,
}: ComposerFormProps<TFieldValues, TTransformedValues>) {
  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-3" noValidate>
        {children}
        <FormRootError control={form.control} />
        <SubmitButton className="w-fit" isPending={isPending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </form>
    </Form>
  );
}
