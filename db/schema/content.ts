import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { aiProviderKindEnum, marketingStrategies } from './ai';
import { orgs } from './orgs';
import { users } from './users';
import { CONTENT_PLATFORMS, CONTENT_POST_STATUSES } from './values';

export const contentPlatformEnum = pgEnum('content_platform', CONTENT_PLATFORMS);
export const contentPostStatusEnum = pgEnum('content_post_status', CONTENT_POST_STATUSES);

/** A workspace's social post: a draft, scheduled for a time, or published. */
export const contentPosts = pgTable(
  'content_posts',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    platform: contentPlatformEnum().notNull(),
    pillar: text(),
    strategyId: uuid().references(() => marketingStrategies.id, { onDelete: 'set null' }),
    // Which model wrote it (null when written by hand).
    generatedBy: aiProviderKindEnum(),
    body: text().notNull(),
    hashtags: text().array().notNull().default(sql`'{}'::text[]`),
    status: contentPostStatusEnum().notNull().default('draft'),
    scheduledFor: timestamp({ withTimezone: true, mode: 'date' }),
    publishedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    // Deleted drafts are kept (hidden) so a month's post allowance counts every post that was written.
    deletedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('content_posts_org_created_idx').on(t.orgId, t.createdAt.desc(), t.id.desc())],
);

export type ContentPost = typeof contentPosts.$inferSelect;
