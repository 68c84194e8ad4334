'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { discardReplyDraftSchema } from '@/lib/ai/replies/reply-draft-schemas';
import { discardReplyDraft } from '@/lib/ai/replies/update-reply-draft';
import { orgAction } from '@/lib/server/safe-action';

export const discardReplyDraftAction = orgAction
  .metadata({ name: 'discard-reply-draft', permission: 'leads.write' })
  .inputSchema(discardReplyDraftSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const draft = await discardReplyDraft(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/leads/${draft.leadId}`);
    return { id: draft.id, status: draft.status };
  });
