import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { leadForms } from './forms';
import { orgs } from './orgs';
import { ANALYTICS_EVENT_TYPES } from './values';

export const analyticsEventTypeEnum = pgEnum('analytics_event_type', ANALYTICS_EVENT_TYPES);

/**
 * First-party, cookieless analytics: no visitor id, no IP, only what happened where and where the visitor
 * came from. Marketing-site events belong to the house workspace.
 */
export const analyticsEvents = pgTable(
  'analytics_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    type: analyticsEventTypeEnum().notNull(),
    path: text(),
    referrer: text(),
    utmSource: text(),
    utmMedium: text(),
    utmCampaign: text(),
    utmTerm: text(),
    utmContent: text(),
    formId: uuid().references(() => leadForms.id, { onDelete: 'set null' }),
    // Type-specific facts, e.g. why a submission was judged spam.
    props: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.type, t.occurredAt), index().on(t.formId, t.type)],
);

export type AnalyticsEvent = typeof analyticsEvents.$inferSelect;
