import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';
import { users } from './users';
import { CUSTOM_FIELD_TYPES } from './values';

export const customFieldTypeEnum = pgEnum('custom_field_type', CUSTOM_FIELD_TYPES);

/** A workspace's extra lead fields; values live in leads.custom_fields under `key`. */
export const customFieldDefinitions = pgTable(
  'custom_field_definitions',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    label: text().notNull(),
    type: customFieldTypeEnum().notNull(),
    options: text().array().notNull().default([]),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.orgId, t.key)],
);

export type SavedViewState = { query: Record<string, string>; columns?: string[] };

/** A user's named lead-list filter, sort and column choice, private to them within one workspace. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    state: jsonb().$type<SavedViewState>().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.userId)],
);

export type CustomFieldDefinition = typeof customFieldDefinitions.$inferSelect;
export type SavedView = typeof savedViews.$inferSelect;
