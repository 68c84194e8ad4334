import { DEFAULT_BACKOFF, defineCronJob, defineEventJob, type JobDefinition } from '@/lib/jobs/types';
import { listDigestRecipients, sendNotificationDigest } from './digest';
import { notifyTaskAssignee } from './task-assigned';

// One page of recipients per step: a step result holds at most this many ids, and one sendEvent carries
// this many events (Inngest takes a few thousand per send), however many users want a digest.
export const DIGEST_PAGE = 1_000;

/** Every morning at 08:00 UTC: one `notifications/digest.send` per user with something to read. */
export const NOTIFICATIONS_DIGEST_JOB = defineCronJob({
  id: 'notifications-digest',
  description: 'Finds users with unread notifications who want the daily digest and starts one digest email each.',
  cron: '0 8 * * *',
  retries: 2,
  backoff: DEFAULT_BACKOFF,
  handler: async ({ event, step, ctx }) => {
    const day = event.data.scheduledFor.slice(0, 10);
    let after: string | null = null;
    let users = 0;
    // Keyset pages by user id; each page's step id is its number, so a retried tick replays the same pages.
    for (let page = 0; ; page += 1) {
      const cursor: string | null = after;
      const userIds: string[] = await step.run(`find-recipients-${page}`, () => listDigestRecipients(ctx.db, { after: cursor, limit: DIGEST_PAGE }));
      if (userIds.length === 0) break;
      // The event id makes a replayed tick (or an overlapping second process) start each user's digest once.
      await step.sendEvent(
        `digest-users-${page}`,
        userIds.map((userId) => ({ name: 'notifications/digest.send' as const, data: { userId, day }, id: `digest:${userId}:${day}` })),
      );
      users += userIds.length;
      if (userIds.length < DIGEST_PAGE) break;
      after = userIds.at(-1)!;
    }
    return { day, users };
  },
});

/** One user's digest email. The attempt row inside sendNotificationDigest is what keeps a retry from re-sending. */
export const NOTIFICATIONS_DIGEST_SEND_JOB = defineEventJob({
  id: 'notifications-digest-send',
  description: 'Emails one user the digest of their unread notifications, grouped by workspace.',
  event: 'notifications/digest.send',
  retries: 3,
  backoff: DEFAULT_BACKOFF,
  handler: async ({ event, step, ctx }) => step.run('send-digest', () => sendNotificationDigest(ctx.db, event.data)),
});

export const TASK_ASSIGNED_NOTIFY_JOB = defineEventJob({
  id: 'task-assigned-notify',
  description: 'Notifies the assignee of a new task that someone else created for them.',
  event: 'task/created',
  retries: 3,
  backoff: DEFAULT_BACKOFF,
  concurrency: { key: 'orgId', limit: 5 },
  handler: async ({ event, step, ctx }) => {
    const { assigneeId, createdById } = event.data;
    if (!assigneeId || assigneeId === createdById) return { notificationId: null };
    const notificationId = await step.run('notify-assignee', () => notifyTaskAssignee(ctx.db, event.data));
    return { notificationId };
  },
});

// An EventJob<'task/created'> is not an EventJob<EventName> to TypeScript (its handler takes one payload, not
// every payload); the drivers only hand each job the event it subscribed to, so widening here is sound.
export const NOTIFICATION_JOBS = [NOTIFICATIONS_DIGEST_JOB, NOTIFICATIONS_DIGEST_SEND_JOB, TASK_ASSIGNED_NOTIFY_JOB] as const satisfies readonly JobDefinition[];
