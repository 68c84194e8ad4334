'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { Plus } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { createStageAction } from '@/lib/actions/leads/create-stage';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { stageNameSchema } from '@/lib/leads/stage-schemas';

const addStageSchema = z.object({ name: stageNameSchema });

/** Adds a stage at the end of the pipeline; flags and order are set on the list. */
export function AddStageForm({ orgSlug }: { orgSlug: string }) {
  const form = useForm({ resolver: zodResolver(addStageSchema), defaultValues: { name: '' } });
  const { execute, isPending } = useAction(createStageAction, {
    onSuccess: ({ data }) => {
      toast.success(`Stage “${data.name}” added.`);
      form.reset({ name: '' });
    },
    onError: ({ error }) => {
      const root = applyActionErrors(form, error);
      if (root) toast.error(root);
    },
  });

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="flex flex-wrap items-start gap-2" noValidate>
        <FormField
          control={form.control}
          name="name"
          render={({ field }) => (
            <FormItem className="w-64">
              <FormLabel className="sr-only">New stage name</FormLabel>
              <FormControl>
                <Input {...field} placeholder="New stage, e.g. Negotiation" autoComplete="off" maxLength={60} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <Button type="submit" variant="outline" disabled={isPending}>
          <Plus aria-hidden />
          {isPending ? 'Adding…' : 'Add stage'}
        </Button>
      </form>
    </Form>
  );
}
