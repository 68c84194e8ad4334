'use server';

import { revalidatePath } from 'next/cache';
import { updateLeadRouting } from '@/lib/leads/routing/routing-settings';
import { leadRoutingFieldsSchema, updateLeadRoutingActionSchema } from '@/lib/leads/routing/routing-schemas';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';

export const updateLeadRoutingAction = orgAction
  .metadata({ name: 'update-lead-routing', permission: 'settings.manage' })
  .inputSchema(updateLeadRoutingActionSchema)
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    try {
      const settings = await updateLeadRouting(ctx, input);
      revalidatePath(`/app/${ctx.org.slug}/settings/routing`);
      return settings;
    } catch (error) {
      // A fixed owner who is not (or no longer) a member comes back as an error on that select.
      rethrowAsFieldError(leadRoutingFieldsSchema, error);
    }
  });
