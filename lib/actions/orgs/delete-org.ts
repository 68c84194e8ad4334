'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { deleteOrg } from '@/lib/orgs/orgs';
import { deleteOrgSchema } from '@/lib/orgs/schemas';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';

const deleteOrgInput = deleteOrgSchema.extend({ orgSlug: z.string() });

export const deleteOrgAction = orgAction
  .metadata({ name: 'delete-org', permission: 'org.delete' })
  .inputSchema(deleteOrgInput)
  .action(async ({ ctx, parsedInput }) => {
    try {
      await deleteOrg(ctx, parsedInput);
    } catch (error) {
      rethrowAsFieldError(deleteOrgInput, error);
    }
    redirect('/app');
  });
