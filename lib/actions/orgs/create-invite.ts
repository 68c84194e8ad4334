'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createInvite } from '@/lib/orgs/invites';
import { createInviteSchema } from '@/lib/orgs/schemas';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { getRequestMeta } from '@/lib/server/request-meta';
import { orgAction } from '@/lib/server/safe-action';

const createInviteInput = createInviteSchema.extend({ orgSlug: z.string() });

export const createInviteAction = orgAction
  .metadata({ name: 'create-invite', permission: 'members.manage' })
  .inputSchema(createInviteInput)
  .action(async ({ ctx, parsedInput }) => {
    const { baseUrl } = await getRequestMeta();
    try {
      const invite = await createInvite(ctx, parsedInput, baseUrl);
      revalidatePath(`/app/${ctx.org.slug}/settings/members`);
      return { email: invite.email };
    } catch (error) {
      rethrowAsFieldError(createInviteInput, error);
    }
  });
