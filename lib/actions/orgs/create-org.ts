'use server';

import { redirect } from 'next/navigation';
import { createOrg } from '@/lib/orgs/orgs';
import { createOrgSchema } from '@/lib/orgs/schemas';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { userAction } from '@/lib/server/safe-action';

export const createOrgAction = userAction
  .metadata({ name: 'create-org' })
  .inputSchema(createOrgSchema)
  .action(async ({ ctx, parsedInput }) => {
    let slug: string;
    try {
      ({ slug } = await createOrg(ctx.db, ctx.user.id, parsedInput));
    } catch (error) {
      rethrowAsFieldError(createOrgSchema, error);
    }
    redirect(`/app/${slug}`);
  });
