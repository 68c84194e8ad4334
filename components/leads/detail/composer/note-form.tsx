'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Textarea } from '@/components/ui/textarea';
import { addNoteAction } from '@/lib/actions/leads/add-note';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { addNoteSchema } from '@/lib/leads/activity-schemas';
import { cn } from '@/lib/utils';
import { useLeadPage, useRefreshTimeline } from '../lead-page-context';
import { Markdown } from '../markdown';

export function NoteForm() {
  const { orgSlug, leadId } = useLeadPage();
  const refreshTimeline = useRefreshTimeline();
  const [preview, setPreview] = useState(false);
  const form = useForm({ resolver: zodResolver(addNoteSchema), defaultValues: { leadId, body: '' } });
  const { execute, isPending } = useAction(addNoteAction, {
    onSuccess: () => {
      form.reset({ leadId, body: '' });
      setPreview(false);
      toast.success('Note added.');
      void refreshTimeline();
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-3" noValidate>
        <FormField
          control={form.control}
          name="body"
          render={({ field }) => (
            <FormItem>
              <div className="flex items-center justify-between gap-2">
                <FormLabel>Note</FormLabel>
                <div className="flex gap-1 text-xs" role="group" aria-label="Note view">
                  {(['Write', 'Preview'] as const).map((mode) => (
                    <button
                      key={mode}
                      type="button"
                      aria-pressed={preview === (mode === 'Preview')}
                      onClick={() => setPreview(mode === 'Preview')}
                      className={cn('rounded px-2 py-0.5 text-muted-foreground hover:text-foreground', preview === (mode === 'Preview') && 'bg-muted font-medium text-foreground')}
                    >
                      {mode}
                    </button>
                  ))}
                </div>
              </div>
              <FormControl>
                <Textarea {...field} rows={5} hidden={preview} placeholder="Write a note. Markdown works: **bold**, lists, [links](https://example.com)." />
              </FormControl>
              {preview ? (
                <div className="min-h-28 rounded-md border p-3" aria-label="Note preview">
                  {field.value.trim() ? <Markdown>{field.value}</Markdown> : <p className="text-sm text-muted-foreground">Nothing to preview yet.</p>}
                </div>
              ) : null}
              <FormMessage />
            </FormItem>
          )}
        />
        <FormRootError control={form.control} />
        <Button type="submit" className="w-fit" disabled={isPending}>
          {isPending ? 'Adding…' : 'Add note'}
        </Button>
      </form>
    </Form>
  );
}
