'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { transferOwnership } from '@/lib/orgs/members';
import { memberIdSchema } from '@/lib/orgs/schemas';
import { orgAction } from '@/lib/server/safe-action';

// members.manage lets admins reach the action; transferOwnership itself refuses anyone but an owner.
export const transferOwnershipAction = orgAction
  .metadata({ name: 'transfer-ownership', permission: 'members.manage' })
  .inputSchema(memberIdSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    await transferOwnership(ctx, parsedInput);
    revalidatePath(`/app/${ctx.org.slug}`, 'layout');
  });
