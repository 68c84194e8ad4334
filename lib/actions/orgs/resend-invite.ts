'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { resendInvite } from '@/lib/orgs/invites';
import { inviteIdSchema } from '@/lib/orgs/schemas';
import { getRequestMeta } from '@/lib/server/request-meta';
import { orgAction } from '@/lib/server/safe-action';

export const resendInviteAction = orgAction
  .metadata({ name: 'resend-invite', permission: 'members.manage' })
  .inputSchema(inviteIdSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const { baseUrl } = await getRequestMeta();
    await resendInvite(ctx, parsedInput, baseUrl);
    revalidatePath(`/app/${ctx.org.slug}/settings/members`);
  });
