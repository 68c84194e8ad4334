'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createLead } from '@/lib/leads/create-lead';
import { emitLeadCreated } from '@/lib/leads/pipeline/emit-lead-created';
import { createLeadSchema } from '@/lib/leads/schemas';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';

export const createLeadAction = orgAction
  .metadata({ name: 'create-lead', permission: 'leads.write' })
  .inputSchema(createLeadSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    let result: Awaited<ReturnType<typeof createLead>>;
    try {
      result = await createLead(ctx.db, { orgId: ctx.org.id, input });
    } catch (error) {
      // A stage or owner from another workspace comes back as an error on that select.
      rethrowAsFieldError(createLeadSchema, error);
    }
    // Only a new lead starts the pipeline (score, owner, first-response task); an updated one has been through it.
    if (result.created) await emitLeadCreated(ctx.db, result.lead, ctx.user.id);
    revalidatePath(`/app/${ctx.org.slug}/leads`);
    // `created` is false when the email matched a lead already in the workspace, which was updated instead.
    return { lead: { id: result.lead.id, name: result.lead.name }, created: result.created };
  });
