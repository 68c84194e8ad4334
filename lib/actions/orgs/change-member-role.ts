'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changeMemberRole } from '@/lib/orgs/members';
import { changeRoleSchema } from '@/lib/orgs/schemas';
import { orgAction } from '@/lib/server/safe-action';

export const changeMemberRoleAction = orgAction
  .metadata({ name: 'change-member-role', permission: 'members.manage' })
  .inputSchema(changeRoleSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const member = await changeMemberRole(ctx, parsedInput);
    // The actor may have demoted themselves out of the settings pages; the layout's nav must follow.
    revalidatePath(`/app/${ctx.org.slug}`, 'layout');
    return { role: member.role };
  });
