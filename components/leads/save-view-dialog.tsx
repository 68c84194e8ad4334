'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Form } from '@/components/ui/form';
import { saveViewAction } from '@/lib/actions/leads/save-view';
import { applyActionErrors } from '@/lib/forms/field-errors';
import type { LeadListColumn } from '@/lib/leads/columns';
import { saveViewSchema } from '@/lib/leads/saved-views';
import type { LeadQueryParams } from './lead-search-params';

const nameSchema = saveViewSchema.pick({ name: true });

type SaveViewDialogProps = {
  orgSlug: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  query: LeadQueryParams;
  columns: LeadListColumn[];
};

/** Names the list as it is now (filters, sort, columns) and keeps it in the signed-in user's views. */
export function SaveViewDialog({ orgSlug, open, onOpenChange, query, columns }: SaveViewDialogProps) {
  const form = useForm({ resolver: zodResolver(nameSchema), defaultValues: { name: '' } });
  const { execute, isPending } = useAction(saveViewAction, {
    onSuccess: ({ data }) => {
      toast.success(`View “${data.name}” saved.`);
      form.reset();
      onOpenChange(false);
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isPending) return;
        if (!next) form.reset();
        onOpenChange(next);
      }}
    >
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Save current view</DialogTitle>
          <DialogDescription>Keeps this list’s filters, sort and columns under a name. Only you see your views.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit(({ name }) => execute({ orgSlug, name, query, columns }))} className="grid gap-4" noValidate>
            <TextField control={form.control} name="name" label="Name" autoFocus autoComplete="off" placeholder="Hot leads this quarter" />
            <FormRootError control={form.control} />
            <DialogFooter>
              <Button type="submit" disabled={isPending}>
                {isPending ? 'Saving…' : 'Save view'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
