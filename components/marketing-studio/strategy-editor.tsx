'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import type { StrategyPlan } from '@/db/schema/ai';
import { saveStrategyAction } from '@/lib/actions/marketing/strategy/save-strategy';
import {
  strategyFormSchema,
  toStrategyFormValues,
  toStrategyPlan,
  type StrategyFormInput,
  type StrategyFormValues,
} from '@/lib/ai/strategy/strategy-schemas';
import type { StrategyView } from '@/lib/ai/strategy/strategy-versions';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { GuidelineRows, KpiRows, PillarRows, PlatformRows } from './strategy-editor-lists';

/** The starting point for a strategy written from scratch: the smallest valid shape, every text empty. */
export const BLANK_PLAN: StrategyPlan = {
  summary: '',
  platforms: [{ platform: 'linkedin', reason: '', postsPerWeek: 3 }],
  pillars: [{ name: '', description: '' }, { name: '', description: '' }, { name: '', description: '' }],
  tone: '',
  voiceGuidelines: ['', '', ''],
  kpis: [{ name: '', target: '' }, { name: '', target: '' }, { name: '', target: '' }],
};

type Props = {
  orgSlug: string;
  /** The version being edited (or BLANK_PLAN); saving never changes it, it adds a new version. */
  initialPlan: StrategyPlan;
  baseVersion: number | null;
  onSaved: (strategy: StrategyView) => void;
  onCancel: () => void;
};

/** Every field of a strategy; saving stores a new manual version and makes it active. */
export function StrategyEditor({ orgSlug, initialPlan, baseVersion, onSaved, onCancel }: Props) {
  const form = useForm<StrategyFormInput, unknown, StrategyFormValues>({
    resolver: zodResolver(strategyFormSchema),
    defaultValues: toStrategyFormValues(initialPlan),
  });
  const save = useAction(saveStrategyAction, {
    onSuccess: ({ data }) => onSaved(data),
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const onSubmit = form.handleSubmit((values) => save.execute({ orgSlug, plan: toStrategyPlan(values) }));

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Edit strategy" className="grid gap-6">
        <p className="text-sm text-muted-foreground">
          {baseVersion ? `Editing a copy of version ${baseVersion}.` : 'Writing a strategy by hand.'} Saving adds a new version and makes it active; earlier versions stay.
        </p>
        <fieldset disabled={save.isPending} className="grid gap-6">
          <TextareaField control={form.control} name="summary" label="Summary" rows={3} />
          <PlatformRows control={form.control} />
          <PillarRows control={form.control} />
          <TextField control={form.control} name="tone" label="Tone" autoComplete="off" placeholder="Friendly, practical, confident" />
          <GuidelineRows control={form.control} />
          <KpiRows control={form.control} />
        </fieldset>
        <div className="sticky bottom-0 grid gap-3 border-t bg-background/95 py-4 backdrop-blur supports-[backdrop-filter]:bg-background/80">
          <FormRootError control={form.control} />
          <div className="flex gap-2">
            <SubmitButton isPending={save.isPending} pendingLabel="Saving…">
              Save as new version
            </SubmitButton>
            <Button type="button" variant="ghost" onClick={onCancel} disabled={save.isPending}>
              Cancel
            </Button>
          </div>
        </div>
      </form>
    </Form>
  );
}
