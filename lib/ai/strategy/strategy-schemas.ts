import { z } from 'zod';
import type { StrategyPlan } from '@/db/schema/ai';
import { CONTENT_PLATFORMS } from '@/db/schema/values';

const text = (label: string, max: number) => z.string().trim().min(1, `${label} is required.`).max(max, `${label} is at most ${max} characters.`);

/** A marketing strategy as the model must write it and as a person may edit it (db type: StrategyPlan). */
export const strategyPlanSchema = z.object({
  summary: text('The summary', 1200),
  platforms: z
    .array(
      z.object({
        platform: z.enum(CONTENT_PLATFORMS),
        reason: text('The reason', 400),
        postsPerWeek: z.coerce.number().int('Posts per week is a whole number.').min(1, 'At least 1 post a week.').max(14, 'At most 14 posts a week.'),
      }),
    )
    .min(1, 'Choose at least one platform.')
    .max(2, 'At most two platforms.')
    .refine((list) => new Set(list.map((item) => item.platform)).size === list.length, 'Each platform appears once.'),
  pillars: z
    .array(z.object({ name: text('The pillar name', 80), description: text('The pillar description', 400) }))
    .min(3, 'Add at least 3 pillars.')
    .max(5, 'At most 5 pillars.'),
  tone: text('The tone', 200),
  voiceGuidelines: z.array(text('A guideline', 300)).min(3, 'Add at least 3 guidelines.').max(6, 'At most 6 guidelines.'),
  kpis: z
    .array(z.object({ name: text('The KPI name', 120), target: text('The target', 120) }))
    .min(3, 'Add at least 3 KPIs.')
    .max(5, 'At most 5 KPIs.'),
}) satisfies z.ZodType<StrategyPlan, unknown>;

export type StrategyPlanInput = z.input<typeof strategyPlanSchema>;

/** Saving a hand-edited strategy: the whole plan, stored as a new (manual) version. */
export const saveStrategySchema = z.object({ plan: strategyPlanSchema });
export type SaveStrategyInput = z.infer<typeof saveStrategySchema>;

export const activateStrategySchema = z.object({ strategyId: z.uuid({ error: 'Choose a strategy version.' }) });
export type ActivateStrategyInput = z.infer<typeof activateStrategySchema>;

/**
 * The editor's values: react-hook-form's field arrays need objects, so each guideline is `{ value }`.
 * Everything else is the plan as stored.
 */
export const strategyFormSchema = strategyPlanSchema.extend({
  voiceGuidelines: z
    .array(z.object({ value: text('A guideline', 300) }))
    .min(3, 'Add at least 3 guidelines.')
    .max(6, 'At most 6 guidelines.'),
});
export type StrategyFormInput = z.input<typeof strategyFormSchema>;
export type StrategyFormValues = z.output<typeof strategyFormSchema>;

export function toStrategyFormValues(plan: StrategyPlan): StrategyFormInput {
  return { ...plan, voiceGuidelines: plan.voiceGuidelines.map((value) => ({ value })) };
}

export function toStrategyPlan(values: StrategyFormValues): StrategyPlan {
  return { ...values, voiceGuidelines: values.voiceGuidelines.map((item) => item.value) };
}
