'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changeLeadStage } from '@/lib/leads/update-lead';
import { orgAction } from '@/lib/server/safe-action';

// The board's drag and drop and its "Move to…" menu: null takes the lead out of every stage.
export const changeLeadStageAction = orgAction
  .metadata({ name: 'change-lead-stage', permission: 'leads.write' })
  .inputSchema(z.object({ orgSlug: z.string(), leadId: z.uuid(), stageId: z.uuid().nullable() }))
  .action(async ({ ctx, parsedInput }) => {
    const lead = await changeLeadStage(ctx, { leadId: parsedInput.leadId, stageId: parsedInput.stageId });
    revalidatePath(`/app/${ctx.org.slug}/pipeline`);
    revalidatePath(`/app/${ctx.org.slug}/leads/${lead.id}`);
    return { id: lead.id, stageId: lead.stageId };
  });
