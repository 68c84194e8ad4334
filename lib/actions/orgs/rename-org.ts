'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { renameOrg } from '@/lib/orgs/orgs';
import { renameOrgSchema } from '@/lib/orgs/schemas';
import { orgAction } from '@/lib/server/safe-action';

export const renameOrgAction = orgAction
  .metadata({ name: 'rename-org', permission: 'settings.manage' })
  .inputSchema(renameOrgSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const org = await renameOrg(ctx, parsedInput);
    // The name shows in the sidebar switcher too, so the whole workspace layout is stale.
    revalidatePath(`/app/${ctx.org.slug}`, 'layout');
    return { name: org.name };
  });
