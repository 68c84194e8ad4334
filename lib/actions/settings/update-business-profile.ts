'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateBusinessProfile } from '@/lib/ai/business-profile';
import { updateBusinessProfileSchema } from '@/lib/ai/business-profile-schemas';
import { orgAction } from '@/lib/server/safe-action';

export const updateBusinessProfileAction = orgAction
  .metadata({ name: 'update-business-profile', permission: 'business_profile.manage' })
  .inputSchema(updateBusinessProfileSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    const profile = await updateBusinessProfile(ctx, input);
    revalidatePath(`/app/${ctx.org.slug}/settings/business`);
    return profile;
  });
