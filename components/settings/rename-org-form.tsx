'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { renameOrgAction } from '@/lib/actions/orgs/rename-org';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { renameOrgSchema } from '@/lib/orgs/schemas';

export function RenameOrgForm({ orgSlug, name }: { orgSlug: string; name: string }) {
  const form = useForm({ resolver: zodResolver(renameOrgSchema), defaultValues: { name } });
  const { execute, isPending } = useAction(renameOrgAction, {
    onSuccess: ({ data }) => {
      form.reset({ name: data.name });
      toast.success('Workspace renamed.');
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid max-w-md gap-4" noValidate>
        <TextField control={form.control} name="name" label="Workspace name" autoFocus autoComplete="organization" />
        <FormRootError control={form.control} />
        <Button type="submit" className="w-fit" disabled={isPending || !form.formState.isDirty}>
          {isPending ? 'Saving…' : 'Save'}
        </Button>
      </form>
    </Form>
  );
}
