import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { leads } from './leads';
import { orgs } from './orgs';
import { users } from './users';
import { ACTIVITY_TYPES, ACTOR_TYPES } from './values';

export const activityTypeEnum = pgEnum('activity_type', ACTIVITY_TYPES);
export const actorTypeEnum = pgEnum('actor_type', ACTOR_TYPES);

/** The lead's timeline: everything that happened to or with it, newest first. */
export const activities = pgTable(
  'activities',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    leadId: uuid().notNull().references(() => leads.id, { onDelete: 'cascade' }),
    type: activityTypeEnum().notNull(),
    actorType: actorTypeEnum().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    // Markdown for notes, a summary line for the other types.
    body: text(),
    // Type-specific facts: stage names of a stage change, a call's outcome, the meeting or task id.
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('activities_lead_occurred_idx').on(t.leadId, t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('activities_org_created_idx').on(t.orgId, t.createdAt.desc().nullsFirst()),
  ],
);

export const meetings = pgTable(
  'meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    leadId: uuid().notNull().references(() => leads.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    location: text(),
    notes: text(),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.startsAt), index().on(t.leadId)],
);

export type Activity = typeof activities.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
