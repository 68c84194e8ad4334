import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';

/**
 * Responses to POSTs that carried an Idempotency-Key, kept 24 hours so a retried request gets the first
 * answer instead of creating twice. Keys are scoped to the caller (API key or user) in a workspace.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    callerId: text().notNull(),
    key: text().notNull(),
    // Method, path and body hash: the same key with a different request is refused.
    requestHash: text().notNull(),
    responseStatus: integer(),
    responseBody: jsonb(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.callerId, t.key] })],
);
