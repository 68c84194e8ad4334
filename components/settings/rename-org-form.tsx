'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
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
        <FormField
          control={form.control}
          name="name"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Workspace name</FormLabel>
              <FormControl>
                <Input {...field} autoFocus autoComplete="organization" />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormRootError control={form.control} />
        <Button type="submit" className="w-fit" disabled={isPending || !form.formState.isDirty}>
          {isPending ? 'Saving…' : 'Save'}
        </Button>
      </form>
    </Form>
  );
}
