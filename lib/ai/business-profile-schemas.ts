import { z } from 'zod';

// Pure zod, shared by the settings form and the action. Every field is optional: an empty one is saved as ''.
const text = (max: number, label: string) => z.string().trim().max(max, `Keep ${label} under ${max} characters.`);

export const BUSINESS_PROFILE_LIMITS = { description: 2000, industry: 120, audience: 1000, goals: 1000, voice: 500 } as const;

export const updateBusinessProfileSchema = z.object({
  description: text(BUSINESS_PROFILE_LIMITS.description, 'the description'),
  industry: text(BUSINESS_PROFILE_LIMITS.industry, 'the industry'),
  audience: text(BUSINESS_PROFILE_LIMITS.audience, 'the audience'),
  goals: text(BUSINESS_PROFILE_LIMITS.goals, 'the goals'),
  voice: text(BUSINESS_PROFILE_LIMITS.voice, 'the voice'),
});
export type UpdateBusinessProfileInput = z.infer<typeof updateBusinessProfileSchema>;
