import { z } from 'zod';

export const updateScoreSettingsSchema = z.object({
  halfLifeDays: z.coerce
    .number({ error: 'Enter a number of days.' })
    .int('Enter a whole number of days.')
    .min(1, 'The half-life is at least 1 day.')
    .max(365, 'The half-life is at most 365 days.'),
});
export type UpdateScoreSettingsInput = z.infer<typeof updateScoreSettingsSchema>;
