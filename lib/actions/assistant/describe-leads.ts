'use server';

import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { leadsByIds } from '@/lib/leads/queries';
import { roleCan } from '@/lib/orgs/permissions';
import { orgAction } from '@/lib/server/safe-action';

const MAX_DESCRIBED_LEADS = 20;

const leadId = z.uuid();

const describeLeadsSchema = z.object({
  orgSlug: z.string(),
  // Checked as a whole so a bad id is an error of the `leadIds` field (item errors do not reach the form).
  leadIds: z
    .array(z.string())
    .min(1, 'Name at least one lead.')
    .max(MAX_DESCRIBED_LEADS, `Name at most ${MAX_DESCRIBED_LEADS} leads.`)
    .refine((ids) => ids.every((id) => leadId.safeParse(id).success), 'Not a lead id.'),
});

// Read-only: an approval card names the lead a proposed write targets, from the workspace itself rather
// than from the conversation (which a prompt injection could have steered to another lead). Ids that are
// not leads of this workspace are simply missing from the answer.
export const describeLeadsAction = orgAction
  .metadata({ name: 'describe-leads', permission: 'assistant.use' })
  .inputSchema(describeLeadsSchema)
  .action(async ({ ctx, parsedInput }) => {
    if (!roleCan(ctx.role, 'leads.read')) throw new AppError('forbidden', 'You cannot see leads in this workspace.');
    const rows = await leadsByIds(ctx.db, { orgId: ctx.org.id, ids: [...new Set(parsedInput.leadIds)] });
    return { leads: rows.map((lead) => ({ id: lead.id, name: lead.name, email: lead.email })) };
  });
