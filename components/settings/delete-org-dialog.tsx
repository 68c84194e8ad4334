'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { deleteOrgAction } from '@/lib/actions/orgs/delete-org';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { deleteOrgSchema } from '@/lib/orgs/schemas';

/** Deleting a workspace is irreversible, so the dialog asks for its address typed out. */
export function DeleteOrgDialog({ orgSlug, orgName }: { orgSlug: string; orgName: string }) {
  const [open, setOpen] = useState(false);
  const form = useForm({ resolver: zodResolver(deleteOrgSchema), defaultValues: { confirmSlug: '' } });
  const { execute, isPending, hasNavigated } = useAction(deleteOrgAction, {
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const typed = useWatch({ control: form.control, name: 'confirmSlug' }).trim();
  const busy = isPending || hasNavigated;

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (busy) return;
        setOpen(next);
        if (!next) form.reset();
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="destructive">Delete workspace</Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-4" noValidate>
            <AlertDialogHeader>
              <AlertDialogTitle>Delete {orgName}?</AlertDialogTitle>
              <AlertDialogDescription>
                This deletes the workspace with all its members, invitations, API keys and data. It cannot be undone.
              </AlertDialogDescription>
            </AlertDialogHeader>
            <TextField
              control={form.control}
              name="confirmSlug"
              label={
                <>
                  Type <span className="font-mono font-semibold">{orgSlug}</span> to confirm
                </>
              }
              autoFocus
              autoComplete="off"
              inputProps={{ spellCheck: false }}
            />
            <FormRootError control={form.control} />
            <AlertDialogFooter>
              <AlertDialogCancel disabled={busy}>Cancel</AlertDialogCancel>
              <Button type="submit" variant="destructive" disabled={busy || typed !== orgSlug}>
                {busy ? 'Deleting…' : 'Delete workspace'}
              </Button>
            </AlertDialogFooter>
          </form>
        </Form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
