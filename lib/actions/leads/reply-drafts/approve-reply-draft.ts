'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { approveReplyDraftSchema } from '@/lib/ai/replies/reply-draft-schemas';
import { sendReplyDraft } from '@/lib/ai/replies/send-reply-draft';
import { orgAction } from '@/lib/server/safe-action';

/** The person's explicit approval: the only way a reply draft is ever sent. */
export const approveReplyDraftAction = orgAction
  .metadata({ name: 'approve-reply-draft', permission: 'leads.write' })
  .inputSchema(approveReplyDraftSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const result = await sendReplyDraft(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/leads/${result.leadId}`);
    return result;
  });
