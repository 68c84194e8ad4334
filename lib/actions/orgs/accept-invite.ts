'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { acceptInvite } from '@/lib/orgs/invites';
import { userAction } from '@/lib/server/safe-action';

const acceptInviteSchema = z.object({ token: z.string().min(1).max(200) });

export const acceptInviteAction = userAction
  .metadata({ name: 'accept-invite' })
  .inputSchema(acceptInviteSchema)
  .action(async ({ ctx, parsedInput }) => {
    const { orgSlug } = await acceptInvite(ctx.db, { token: parsedInput.token, user: ctx.user });
    redirect(`/app/${orgSlug}`);
  });
