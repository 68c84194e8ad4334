'use server';

import { z } from 'zod';
import { markNotificationsRead } from '@/lib/notifications/queries';
import { markNotificationsReadSchema } from '@/lib/notifications/schemas';
import { flattenNestedErrors } from '@/lib/server/flatten-nested-errors';
import { orgAction } from '@/lib/server/safe-action';

const markNotificationsReadInput = z.object({ orgSlug: z.string() }).and(markNotificationsReadSchema);

// No revalidatePath: the bell and the notifications page read through TanStack Query and update themselves.
export const markNotificationsReadAction = orgAction
  .metadata({ name: 'mark-notifications-read', permission: 'notifications.read' })
  .inputSchema(markNotificationsReadInput, { handleValidationErrorsShape: flattenNestedErrors<'orgSlug' | 'ids' | 'all'> })
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => markNotificationsRead(ctx, input));
