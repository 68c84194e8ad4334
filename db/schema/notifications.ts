import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';
import { users } from './users';
import { NOTIFICATION_TYPES } from './values';

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
    index('notifications_undigested_idx').on(t.userId, t.createdAt).where(sql`${t.readAt} is null and ${t.digestedAt} is null`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
