'use server';

import { revalidatePath } from 'next/cache';
import { setNotificationDigest } from '@/lib/notifications/digest-preference';
import { updateNotificationDigestSchema } from '@/lib/notifications/schemas';
import { userAction } from '@/lib/server/safe-action';

// A setting of the person, not of a workspace: any signed-in user changes their own, and only their own.
export const updateNotificationDigestAction = userAction
  .metadata({ name: 'update-notification-digest' })
  .inputSchema(updateNotificationDigestSchema)
  .action(async ({ ctx, parsedInput }) => {
    const enabled = await setNotificationDigest(ctx.db, { userId: ctx.user.id, enabled: parsedInput.enabled });
    revalidatePath('/app/account');
    return { enabled };
  });
