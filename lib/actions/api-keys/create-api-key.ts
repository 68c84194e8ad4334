'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createApiKey } from '@/lib/auth/api-keys';
import { createApiKeySchema } from '@/lib/auth/api-key-schemas';
import { orgAction } from '@/lib/server/safe-action';

export const createApiKeyAction = orgAction
  .metadata({ name: 'create-api-key', permission: 'api_keys.manage' })
  .inputSchema(createApiKeySchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const { key, secret } = await createApiKey(ctx, parsedInput);
    revalidatePath(`/app/${ctx.org.slug}/settings/api-keys`);
    // The secret leaves the server this once; only its hash is stored.
    return { id: key.id, name: key.name, secret };
  });
