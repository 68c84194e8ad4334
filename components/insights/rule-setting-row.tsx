'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import { updateInsightRuleSettingAction } from '@/lib/actions/insights/update-insight-rule-setting';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { ACT_CONFIDENCE } from '@/lib/insights/rule-catalog';
import type { InsightRuleSettingView } from '@/lib/insights/settings';
import { updateInsightRuleSettingSchema } from '@/lib/insights/settings-schemas';

type RuleSettingRowProps = { orgSlug: string; setting: InsightRuleSettingView; canManage: boolean };

/** One rule: on/off and its threshold, saved on its own with the outcome announced next to it. */
export function RuleSettingRow({ orgSlug, setting, canManage }: RuleSettingRowProps) {
  const headingId = useId();
  const [saved, setSaved] = useState('');
  const { min, max } = setting.thresholdRange;
  const form = useForm({
    resolver: zodResolver(updateInsightRuleSettingSchema),
    defaultValues: { rule: setting.rule, enabled: setting.enabled, threshold: setting.threshold as unknown },
  });
  const { execute, isPending } = useAction(updateInsightRuleSettingAction, {
    onExecute: () => setSaved(''),
    onSuccess: ({ data }) => {
      form.reset({ rule: data.rule, enabled: data.enabled, threshold: data.threshold });
      setSaved(data.enabled ? `Saved: on, at ${data.threshold} ${setting.thresholdUnit}.` : 'Saved: off.');
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  return (
    <li className="rounded-lg border p-4">
      <section aria-labelledby={headingId}>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-4" noValidate>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="grid gap-1">
                <h2 id={headingId} className="font-medium">
                  {setting.label}
                </h2>
                <p className="text-sm text-muted-foreground">{setting.description}</p>
                <p className="text-xs text-muted-foreground">
                  {Math.round(setting.confidence * 100)}% confidence:{' '}
                  {setting.confidence > ACT_CONFIDENCE ? 'creates its follow-up tasks by itself.' : 'waits for someone to accept it.'}
                </p>
              </div>
              <FormField
                control={form.control}
                name="enabled"
                render={({ field }) => (
                  <FormItem className="flex flex-row items-center gap-2">
                    <FormControl>
                      <Switch checked={field.value} onCheckedChange={field.onChange} onBlur={field.onBlur} ref={field.ref} disabled={!canManage} />
                    </FormControl>
                    <FormLabel>
                      <span className="sr-only">Run the {setting.label.toLowerCase()} rule</span>
                      <span aria-hidden>{field.value ? 'On' : 'Off'}</span>
                    </FormLabel>
                  </FormItem>
                )}
              />
            </div>
            <FormField
              control={form.control}
              name="threshold"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>
                    Threshold<span className="sr-only"> for {setting.label.toLowerCase()}</span>
                  </FormLabel>
                  <div className="flex items-center gap-2">
                    <FormControl>
                      <Input
                        name={field.name}
                        ref={field.ref}
                        onBlur={field.onBlur}
                        onChange={field.onChange}
                        value={typeof field.value === 'string' || typeof field.value === 'number' ? field.value : ''}
                        type="number"
                        inputMode="numeric"
                        min={min}
                        max={max}
                        className="w-28"
                        disabled={!canManage}
                      />
                    </FormControl>
                    <span className="text-sm text-muted-foreground">{setting.thresholdUnit}</span>
                  </div>
                  <FormDescription>
                    Between {min} and {max}; the default is {setting.defaultThreshold}.
                  </FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormRootError control={form.control} />
            {canManage ? (
              <div className="flex flex-wrap items-center gap-3">
                <Button type="submit" size="sm" disabled={isPending || !form.formState.isDirty}>
                  {isPending ? 'Saving…' : 'Save'}
                </Button>
                <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
                  {saved}
                </p>
              </div>
            ) : null}
          </form>
        </Form>
      </section>
    </li>
  );
}
