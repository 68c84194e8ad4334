import { sql } from 'drizzle-orm';
import { date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';
import { users } from './users';
import { DIGEST_ATTEMPT_STATUSES, NOTIFICATION_TYPES } from './values';

export const notificationTypeEnum = pgEnum('notification_type', NOTIFICATION_TYPES);

/** An in-app notification for one member of one workspace; the daily digest emails the unread ones. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    type: notificationTypeEnum().notNull(),
    title: text().notNull(),
    body: text(),
    // A path inside the app (`/app/acme/leads/…`), never an outside address.
    href: text(),
    // Makes a job's retry or an event's replay a no-op: unique per recipient.
    dedupeKey: text().notNull(),
    readAt: timestamp({ withTimezone: true, mode: 'date' }),
    digestedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_user_dedupe_idx').on(t.userId, t.dedupeKey),
    index('notifications_user_org_created_idx').on(t.userId, t.orgId, t.createdAt.desc(), t.id.desc()),
    index('notifications_org_idx').on(t.orgId),
    index('notifications_undigested_idx').on(t.userId, t.createdAt).where(sql`${t.readAt} is null and ${t.digestedAt} is null`),
  ],
);

export const digestAttemptStatusEnum = pgEnum('digest_attempt_status', DIGEST_ATTEMPT_STATUSES);

/**
 * One row per user and day, written before the digest email is handed to the provider: a retry finds it and
 * never sends twice. `unknown` (the provider did not answer) waits for a person; it is never re-sent blindly.
 */
export const notificationDigests = pgTable(
  'notification_digests',
  {
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    day: date({ mode: 'string' }).notNull(),
    status: digestAttemptStatusEnum().notNull().default('sending'),
    notificationCount: integer().notNull().default(0),
    emailMessageId: uuid(),
    error: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

export type Notification = typeof notifications.$inferSelect;
