'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { revokeApiKey } from '@/lib/auth/api-keys';
import { revokeApiKeySchema } from '@/lib/auth/api-key-schemas';
import { orgAction } from '@/lib/server/safe-action';

export const revokeApiKeyAction = orgAction
  .metadata({ name: 'revoke-api-key', permission: 'api_keys.manage' })
  .inputSchema(revokeApiKeySchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    await revokeApiKey(ctx, parsedInput);
    revalidatePath(`/app/${ctx.org.slug}/settings/api-keys`);
  });
