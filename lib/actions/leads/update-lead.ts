'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateLeadSchema } from '@/lib/leads/schemas';
import { updateLead } from '@/lib/leads/update-lead';
import { flattenNestedErrors } from '@/lib/server/flatten-nested-errors';
import { orgAction } from '@/lib/server/safe-action';

const updateLeadInput = z.object({ orgSlug: z.string(), leadId: z.uuid(), patch: updateLeadSchema });

// The lead page edits one field at a time, so a domain error (a taken email, a bad custom value) comes back
// as the action's server error and is shown next to the field being edited.
export const updateLeadAction = orgAction
  .metadata({ name: 'update-lead', permission: 'leads.write' })
  .inputSchema(updateLeadInput, { handleValidationErrorsShape: flattenNestedErrors<'orgSlug' | 'leadId' | 'patch'> })
  .action(async ({ ctx, parsedInput }) => {
    const lead = await updateLead(ctx, { leadId: parsedInput.leadId, patch: parsedInput.patch });
    revalidatePath(`/app/${ctx.org.slug}/leads/${lead.id}`);
    return { id: lead.id, score: lead.score };
  });
