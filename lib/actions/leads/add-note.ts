'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { addNoteSchema } from '@/lib/leads/activity-schemas';
import { addNote } from '@/lib/leads/log-activity';
import { orgAction } from '@/lib/server/safe-action';

export const addNoteAction = orgAction
  .metadata({ name: 'add-note', permission: 'leads.write' })
  .inputSchema(addNoteSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const activity = await addNote(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/leads/${input.leadId}`);
    return { id: activity.id };
  });
