import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per scheduled tick that some process claimed: the insert succeeds for exactly one process, so
 * several app instances on one database run each tick once.
 */
export const cronClaims = pgTable(
  'cron_claims',
  {
    name: text().notNull(),
    tick: text().notNull(),
    claimedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.name, t.tick] })],
);
