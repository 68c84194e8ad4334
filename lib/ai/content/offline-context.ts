import { z } from 'zod';
import { CONTENT_PLATFORMS } from '@/db/schema/values';

/**
 * The workspace data the offline writer gets for strategy and content tasks (`offlineOptions(task, context)`).
 * It cannot query the database, so callers put everything here; composers parse it leniently because a
 * context is plain JSON that could come from anywhere.
 */
export const profileContextSchema = z
  .object({
    name: z.string().catch(''),
    description: z.string().catch(''),
    industry: z.string().catch(''),
    audience: z.string().catch(''),
    goals: z.string().catch(''),
    voice: z.string().catch(''),
  })
  .partial()
  .catch({});
export type ProfileContext = { name: string; description: string; industry: string; audience: string; goals: string; voice: string };

export function toProfileContext(value: unknown): ProfileContext {
  const parsed = profileContextSchema.parse(value ?? {});
  return { name: '', description: '', industry: '', audience: '', goals: '', voice: '', ...parsed };
}

export const strategyContextSchema = z.object({ profile: z.unknown() });
export type StrategyContext = { profile: ProfileContext };

const platform = z.enum(CONTENT_PLATFORMS).catch('linkedin');

export const contentContextSchema = z.object({
  platform,
  pillar: z.string().catch(''),
  topic: z.string().catch(''),
  profile: z.unknown(),
  /** The active strategy's tone ('' without one): sets the post's register and closing line. */
  tone: z.string().catch(''),
  /** 1-based position in the batch, so a week's posts differ from each other. */
  index: z.number().int().catch(1),
  /** A body to write something different from (Regenerate). */
  avoid: z.string().catch(''),
});
export type ContentContext = {
  platform: (typeof CONTENT_PLATFORMS)[number];
  pillar: string;
  topic: string;
  profile: ProfileContext;
  tone: string;
  index: number;
  avoid: string;
};

export const improveContextSchema = z.object({
  platform,
  body: z.string().catch(''),
  hashtags: z.array(z.string()).catch([]),
  feedback: z.string().catch(''),
});
export type ImproveContext = z.infer<typeof improveContextSchema>;
