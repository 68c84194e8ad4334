import { z } from 'zod';
import { CONTENT_PLATFORMS } from '@/db/schema/values';

export const MAX_POSTS_PER_BATCH = 30;
export const POSTS_PAGE_SIZE = 20;

/** "How many": one post, a week of daily posts, a month of them, or a number of your choice. */
export const POST_COUNT_PRESETS = [
  { value: '1', label: 'One post', count: 1 },
  { value: '7', label: 'A week (7)', count: 7 },
  { value: '30', label: 'A month (30)', count: 30 },
] as const;

const platform = z.enum(CONTENT_PLATFORMS, { error: 'Choose LinkedIn or X.' });
const pillar = z.string().trim().max(80, 'The pillar is at most 80 characters.');
const topic = z.string().trim().max(500, 'The topic is at most 500 characters.');

/** What the generate route accepts. An empty pillar rotates through the active strategy's pillars. */
export const generatePostsSchema = z.object({
  platform,
  pillar: pillar.optional().default(''),
  count: z.coerce.number().int('Choose a whole number.').min(1, 'Write at least 1 post.').max(MAX_POSTS_PER_BATCH, `At most ${MAX_POSTS_PER_BATCH} posts at once.`),
  topic: topic.optional().default(''),
});
export type GeneratePostsInput = z.infer<typeof generatePostsSchema>;

/** The generator form: a preset or a custom number; turned into the route's input by toGeneratePostsInput. */
export const generatePostsFormSchema = z
  .object({
    platform,
    pillar: pillar.optional(),
    countChoice: z.enum(['1', '7', '30', 'custom']),
    customCount: z.string().optional(),
    topic,
  })
  .superRefine((values, issue) => {
    if (values.countChoice !== 'custom') return;
    const count = Number(values.customCount);
    if (!Number.isInteger(count) || count < 1 || count > MAX_POSTS_PER_BATCH) {
      issue.addIssue({ code: 'custom', path: ['customCount'], message: `Enter a number from 1 to ${MAX_POSTS_PER_BATCH}.` });
    }
  });
export type GeneratePostsFormValues = z.infer<typeof generatePostsFormSchema>;

export function toGeneratePostsInput(values: GeneratePostsFormValues): GeneratePostsInput {
  const count = values.countChoice === 'custom' ? Number(values.customCount) : Number(values.countChoice);
  return { platform: values.platform, pillar: values.pillar ?? '', count, topic: values.topic };
}

/** A post as the model must write it: hashtags without '#'. */
export const generatedPostSchema = z.object({
  body: z.string().min(1),
  hashtags: z.array(z.string()).max(10),
});

const postId = z.uuid({ error: 'Choose a post.' });

export const updatePostSchema = z.object({
  postId,
  body: z.string().trim().min(1, 'The post is empty.').max(3000, 'The post is at most 3,000 characters.'),
  hashtags: z.array(z.string().trim().min(1).max(60)).max(5, 'At most 5 hashtags.'),
});
export type UpdatePostInput = z.infer<typeof updatePostSchema>;

export const postIdSchema = z.object({ postId });
export type PostIdInput = z.infer<typeof postIdSchema>;

export const improvePostSchema = z.object({
  postId,
  feedback: z.string().trim().min(3, 'Say what to change.').max(500, 'Feedback is at most 500 characters.'),
});
export type ImprovePostInput = z.infer<typeof improvePostSchema>;

export const listPostsQuerySchema = z.object({
  platform: platform.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(POSTS_PAGE_SIZE),
});
export type ListPostsQuery = z.infer<typeof listPostsQuerySchema>;
export type ListPostsInput = z.input<typeof listPostsQuerySchema>;
