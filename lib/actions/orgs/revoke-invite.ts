'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { revokeInvite } from '@/lib/orgs/invites';
import { inviteIdSchema } from '@/lib/orgs/schemas';
import { orgAction } from '@/lib/server/safe-action';

export const revokeInviteAction = orgAction
  .metadata({ name: 'revoke-invite', permission: 'members.manage' })
  .inputSchema(inviteIdSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    await revokeInvite(ctx, parsedInput);
    revalidatePath(`/app/${ctx.org.slug}/settings/members`);
  });
