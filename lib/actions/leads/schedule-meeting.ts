'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { scheduleMeetingSchema } from '@/lib/leads/activity-schemas';
import { scheduleMeeting } from '@/lib/leads/log-activity';
import { orgAction } from '@/lib/server/safe-action';

// safeExtend: the schema carries a refinement (end after start), which plain extend refuses to copy.
export const scheduleMeetingAction = orgAction
  .metadata({ name: 'schedule-meeting', permission: 'leads.write' })
  .inputSchema(scheduleMeetingSchema.safeExtend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const { meeting } = await scheduleMeeting(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/leads/${input.leadId}`);
    return { id: meeting.id };
  });
