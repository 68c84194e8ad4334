import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { BLOG_POST_STATUSES } from './values';

export const blogPostStatusEnum = pgEnum('blog_post_status', BLOG_POST_STATUSES);

/**
 * The marketing site's blog, written by staff in /admin/blog. Not a tenant table: the blog belongs to the
 * install, not to a workspace. A post is public once its status is not draft and `published_at` has passed,
 * so a scheduled post appears at its time without waiting for a job.
 */
export const blogPosts = pgTable(
  'blog_posts',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    title: text().notNull(),
    excerpt: text().notNull().default(''),
    // Markdown source; rendered and sanitised on the way out, never stored as HTML.
    body: text().notNull().default(''),
    coverImageUrl: text(),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    seoTitle: text(),
    seoDescription: text(),
    status: blogPostStatusEnum().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true, mode: 'date' }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('blog_posts_slug_key').on(t.slug),
    // The public index: newest visible first.
    index('blog_posts_visible_idx').on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.status} <> 'draft'`),
    index('blog_posts_tags_idx').using('gin', t.tags),
  ],
);

/** Slugs a post used to have: /blog/<old> redirects permanently to the post's current slug. */
export const blogPostSlugRedirects = pgTable('blog_post_slug_redirects', {
  slug: text().primaryKey(),
  postId: uuid().notNull().references(() => blogPosts.id, { onDelete: 'cascade' }),
  createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export type BlogPost = typeof blogPosts.$inferSelect;
