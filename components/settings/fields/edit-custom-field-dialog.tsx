'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { updateCustomFieldAction } from '@/lib/actions/leads/update-custom-field';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { updateCustomFieldSchema } from '@/lib/leads/custom-field-schemas';
import { OptionsTextarea } from './options-textarea';
import type { CustomFieldRow } from './custom-fields-table';

/** Renames a field or changes a select's options; key and type stay (stored values depend on them). */
export function EditCustomFieldDialog({ orgSlug, field, onClose }: { orgSlug: string; field: CustomFieldRow; onClose: () => void }) {
  const isSelect = field.type === 'select';
  const form = useForm({
    resolver: zodResolver(updateCustomFieldSchema),
    defaultValues: { fieldId: field.id, label: field.label, options: isSelect ? field.options : undefined },
  });
  const { execute, isPending } = useAction(updateCustomFieldAction, {
    onSuccess: () => {
      toast.success('Field saved.');
      onClose();
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  return (
    <Dialog open onOpenChange={(open) => !open && !isPending && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit “{field.label}”</DialogTitle>
          <DialogDescription>
            Key <code className="font-mono text-xs">{field.key}</code>, type {field.type}: both stay as they are.
            {isSelect ? ' Leads keep a value you remove from the options until someone changes it.' : null}
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-4" noValidate>
            <FormField
              control={form.control}
              name="label"
              render={({ field: input }) => (
                <FormItem>
                  <FormLabel>Label</FormLabel>
                  <FormControl>
                    <Input {...input} value={input.value ?? ''} autoFocus autoComplete="off" />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            {isSelect ? (
              <FormField
                control={form.control}
                name="options"
                render={({ field: input }) => <OptionsTextarea initial={input.value ?? []} onChange={input.onChange} />}
              />
            ) : null}
            <FormRootError control={form.control} />
            <DialogFooter>
              <Button type="button" variant="ghost" disabled={isPending} onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" disabled={isPending}>
                {isPending ? 'Saving…' : 'Save'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
