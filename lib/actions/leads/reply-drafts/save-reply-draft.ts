'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { saveReplyDraftSchema } from '@/lib/ai/replies/reply-draft-schemas';
import { saveReplyDraft } from '@/lib/ai/replies/update-reply-draft';
import { orgAction } from '@/lib/server/safe-action';

export const saveReplyDraftAction = orgAction
  .metadata({ name: 'save-reply-draft', permission: 'leads.write' })
  .inputSchema(saveReplyDraftSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const draft = await saveReplyDraft(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/leads/${draft.leadId}`);
    return { id: draft.id, status: draft.status };
  });
