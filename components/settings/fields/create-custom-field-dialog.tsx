'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { Plus } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Form, FormField } from '@/components/ui/form';
import { CUSTOM_FIELD_TYPES } from '@/db/schema/values';
import { createCustomFieldAction } from '@/lib/actions/leads/create-custom-field';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { createCustomFieldSchema, keyFromLabel } from '@/lib/leads/custom-field-schemas';
import { OptionsTextarea } from './options-textarea';

export const FIELD_TYPE_LABELS: Record<(typeof CUSTOM_FIELD_TYPES)[number], string> = { text: 'Text', number: 'Number', date: 'Date', select: 'Select (choose one)' };

const TYPE_OPTIONS = CUSTOM_FIELD_TYPES.map((value) => ({ value, label: FIELD_TYPE_LABELS[value] }));

const DEFAULTS: z.input<typeof createCustomFieldSchema> = { label: '', type: 'text', options: [] };

export function CreateCustomFieldDialog({ orgSlug }: { orgSlug: string }) {
  const [open, setOpen] = useState(false);
  const form = useForm({ resolver: zodResolver(createCustomFieldSchema), defaultValues: DEFAULTS });
  const { execute, isPending } = useAction(createCustomFieldAction, {
    onSuccess: ({ data }) => {
      toast.success(`Field “${data?.label}” added.`);
      setOpen(false);
      form.reset(DEFAULTS);
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const label = useWatch({ control: form.control, name: 'label' });
  const type = useWatch({ control: form.control, name: 'type' });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isPending) return;
        setOpen(next);
        if (!next) form.reset(DEFAULTS);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          Add field
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a custom field</DialogTitle>
          <DialogDescription>Every lead in this workspace gets the field. Its type cannot change later.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-4" noValidate>
            <TextField
              control={form.control}
              name="label"
              label="Label"
              autoFocus
              autoComplete="off"
              placeholder="Budget"
              description={
                label.trim() ? (
                  <>
                    Stored as <code className="font-mono text-xs">{keyFromLabel(label)}</code> (the key imports and the API use).
                  </>
                ) : (
                  'The key imports and the API use is made from the label.'
                )
              }
            />
            <SelectField control={form.control} name="type" label="Type" options={TYPE_OPTIONS} />
            {type === 'select' ? (
              <FormField
                control={form.control}
                name="options"
                render={({ field }) => <OptionsTextarea initial={field.value ?? []} onChange={field.onChange} />}
              />
            ) : null}
            <FormRootError control={form.control} />
            <DialogFooter>
              <SubmitButton isPending={isPending} pendingLabel="Adding…">
                Add field
              </SubmitButton>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
