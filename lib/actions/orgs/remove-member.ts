'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { removeMember } from '@/lib/orgs/members';
import { memberIdSchema } from '@/lib/orgs/schemas';
import { orgAction } from '@/lib/server/safe-action';

export const removeMemberAction = orgAction
  .metadata({ name: 'remove-member', permission: 'members.manage' })
  .inputSchema(memberIdSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    await removeMember(ctx, parsedInput);
    revalidatePath(`/app/${ctx.org.slug}/settings/members`);
  });
