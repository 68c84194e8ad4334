import { z } from 'zod';

const text = z.string().catch('');

/**
 * What generate-reply passes the offline writer in `providerOptions.offline.context` for a first response.
 * Read leniently: a missing or odd field becomes '' instead of failing the draft.
 */
export const replyOfflineContextSchema = z.object({
  lead: z.object({ name: text, company: z.string().nullable().catch(null) }).catch({ name: '', company: null }),
  message: text,
  profile: z
    .object({ name: text, description: text, industry: text, audience: text, goals: text, voice: text })
    .catch({ name: '', description: '', industry: '', audience: '', goals: '', voice: '' }),
  ownerName: text,
  /** The draft being regenerated, if any: the writer picks another wording. */
  previous: z.object({ subject: text, body: text }).nullable().catch(null),
});

export type ReplyOfflineContext = z.infer<typeof replyOfflineContextSchema>;
