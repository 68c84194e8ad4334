'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { leaveOrg } from '@/lib/orgs/members';
import { orgAction } from '@/lib/server/safe-action';

export const leaveOrgAction = orgAction
  .metadata({ name: 'leave-org' })
  .inputSchema(z.object({ orgSlug: z.string() }))
  .action(async ({ ctx }) => {
    await leaveOrg(ctx);
    revalidatePath('/app', 'layout');
    redirect('/app');
  });
