import { z } from 'zod';

/** Query string of GET /api/orgs/{orgSlug}/notifications; the bell asks for 10, the page for 20 a page. */
export const listNotificationsQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  unreadOnly: z.stringbool({ error: 'Use true or false.' }).default(false),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

/** Mark some notifications read (the ones clicked) or every unread one of the workspace. */
export const markNotificationsReadSchema = z
  .object({
    ids: z.array(z.uuid({ error: 'Not a notification id.' })).min(1).max(100, 'Mark at most 100 at once.').optional(),
    all: z.literal(true).optional(),
  })
  .refine((input) => Boolean(input.ids) !== Boolean(input.all), {
    message: 'Name the notifications to mark read, or mark all of them.',
    path: ['ids'],
  });
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadSchema>;

export const updateNotificationDigestSchema = z.object({ enabled: z.boolean({ error: 'Choose on or off.' }) });
export type UpdateNotificationDigestInput = z.infer<typeof updateNotificationDigestSchema>;
