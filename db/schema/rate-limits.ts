import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// The store of rate-limiter-flexible's Drizzle limiter, shared by every app instance on this database.
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true, mode: 'date' }),
});
