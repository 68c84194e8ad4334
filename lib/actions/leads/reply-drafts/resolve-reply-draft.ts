'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { resolveReplyDraftSchema } from '@/lib/ai/replies/reply-draft-schemas';
import { resolveReplyDraft } from '@/lib/ai/replies/update-reply-draft';
import { orgAction } from '@/lib/server/safe-action';

/** Settles a reply whose sending was never confirmed, once the person has checked its delivery status. */
export const resolveReplyDraftAction = orgAction
  .metadata({ name: 'resolve-reply-draft', permission: 'leads.write' })
  .inputSchema(resolveReplyDraftSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const result = await resolveReplyDraft(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/leads/${result.leadId}`);
    return result;
  });
