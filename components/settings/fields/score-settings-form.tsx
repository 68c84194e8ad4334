'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { updateScoreSettingsAction } from '@/lib/actions/leads/update-score-settings';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { updateScoreSettingsSchema } from '@/lib/leads/score-settings-schemas';

export function ScoreSettingsForm({ orgSlug, halfLifeDays }: { orgSlug: string; halfLifeDays: number }) {
  const form = useForm({ resolver: zodResolver(updateScoreSettingsSchema), defaultValues: { halfLifeDays: halfLifeDays as unknown } });
  const { execute, isPending } = useAction(updateScoreSettingsAction, {
    onSuccess: ({ data }) => {
      form.reset({ halfLifeDays: data.halfLifeDays });
      toast.success(data.rescored > 0 ? `Half-life saved; ${data.rescored} recently active leads rescored.` : 'Half-life saved.');
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid max-w-md gap-4" noValidate>
        <FormField
          control={form.control}
          name="halfLifeDays"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Engagement half-life (days)</FormLabel>
              <FormControl>
                <Input
                  name={field.name}
                  ref={field.ref}
                  onBlur={field.onBlur}
                  onChange={field.onChange}
                  value={typeof field.value === 'string' || typeof field.value === 'number' ? field.value : ''}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={365}
                  className="w-32"
                />
              </FormControl>
              <FormDescription>
                Points from calls, meetings, emails and forms halve every this many days, so leads that go quiet cool down. Between 1 and 365.
              </FormDescription>
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
