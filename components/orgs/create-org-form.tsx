'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { createOrgAction } from '@/lib/actions/orgs/create-org';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { createOrgSchema } from '@/lib/orgs/schemas';
import { slugify } from '@/lib/orgs/slug';
import { FormRootError } from './form-root-error';

/** Name → address (suggested from the name until the user edits it) → the new workspace. */
export function CreateOrgForm() {
  const form = useForm({ resolver: zodResolver(createOrgSchema), defaultValues: { name: '', slug: '' } });
  const [slugTouched, setSlugTouched] = useState(false);
  const { execute, isPending, hasNavigated } = useAction(createOrgAction, {
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const busy = isPending || hasNavigated;

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute(values))} className="grid gap-5" noValidate>
        <TextField
          control={form.control}
          name="name"
          label="Workspace name"
          autoFocus
          autoComplete="organization"
          placeholder="Acme Consulting"
          onValueChange={(value) => {
            if (!slugTouched) {
              const name = value.trim();
              form.setValue('slug', name ? slugify(name) : '', { shouldValidate: form.formState.isSubmitted });
            }
          }}
        />
        <FormField
          control={form.control}
          name="slug"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Address</FormLabel>
              <div className="flex items-center rounded-md border bg-muted/40 pl-3 focus-within:ring-[3px] focus-within:ring-ring/50">
                <span className="text-sm text-muted-foreground" aria-hidden>
                  /app/
                </span>
                <FormControl>
                  <Input
                    {...field}
                    autoComplete="off"
                    spellCheck={false}
                    className="border-0 bg-transparent pl-0.5 shadow-none focus-visible:ring-0"
                    onChange={(event) => {
                      setSlugTouched(true);
                      field.onChange(event);
                    }}
                  />
                </FormControl>
              </div>
              <FormDescription>Lowercase letters, digits and dashes. It appears in your workspace&apos;s links.</FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormRootError control={form.control} />
        <Button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create workspace'}
        </Button>
      </form>
    </Form>
  );
}
