import { z } from 'zod';
import { INSIGHT_RULES } from '@/db/schema/values';
import { RULES } from './rule-catalog';

// Browser-safe: the settings form validates with this same schema before it calls the action.
export const updateInsightRuleSettingSchema = z
  .object({
    rule: z.enum(INSIGHT_RULES, { error: 'Choose a rule.' }),
    enabled: z.boolean({ error: 'Choose on or off.' }),
    threshold: z.coerce.number({ error: 'Enter a number.' }).int('Enter a whole number.'),
  })
  .superRefine((value, issue) => {
    const { min, max } = RULES[value.rule].thresholdRange;
    if (value.threshold < min || value.threshold > max) {
      issue.addIssue({ code: 'custom', path: ['threshold'], message: `Enter a number between ${min} and ${max}.` });
    }
  });
export type UpdateInsightRuleSettingInput = z.infer<typeof updateInsightRuleSettingSchema>;
