'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { regenerateReplyDraft } from '@/lib/ai/replies/regenerate-reply-draft';
import { regenerateReplyDraftSchema } from '@/lib/ai/replies/reply-draft-schemas';
import { upgradeUrlFor } from '@/lib/billing/upgrade-url';
import { isAppError } from '@/lib/errors';
import { orgAction } from '@/lib/server/safe-action';

/**
 * Writes a new first response for the lead. Over the month's limit it answers with the message and the
 * plans page (the action's 402), so the card can offer the upgrade instead of a bare error.
 */
export const regenerateReplyDraftAction = orgAction
  .metadata({ name: 'regenerate-reply-draft', permission: 'leads.write' })
  .inputSchema(regenerateReplyDraftSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    try {
      const draft = await regenerateReplyDraft(ctx, input);
      revalidatePath(`/app/${ctx.org.slug}/leads/${input.leadId}`);
      return { draft, limitExceeded: null };
    } catch (error) {
      if (!isAppError(error) || error.code !== 'limit_exceeded') throw error;
      const upgradeUrl = typeof error.details?.upgradeUrl === 'string' ? error.details.upgradeUrl : upgradeUrlFor(ctx.org.slug);
      return { draft: null, limitExceeded: { message: error.message, upgradeUrl } };
    }
  });
