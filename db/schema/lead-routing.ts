import { integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';
import { users } from './users';
import { LEAD_ASSIGNMENT_MODES } from './values';

export const leadAssignmentModeEnum = pgEnum('lead_assignment_mode', LEAD_ASSIGNMENT_MODES);

/**
 * How a workspace routes new leads and when its working day runs: the first-response task is due one
 * business hour after the lead arrives, counted in these hours.
 */
export const leadRoutingSettings = pgTable('lead_routing_settings', {
  orgId: uuid().primaryKey().references(() => orgs.id, { onDelete: 'cascade' }),
  mode: leadAssignmentModeEnum().notNull().default('round_robin'),
  fixedOwnerId: uuid().references(() => users.id, { onDelete: 'set null' }),
  // Round robin's cursor: the member who got the previous lead.
  lastAssignedUserId: uuid(),
  timeZone: text().notNull().default('UTC'),
  businessHoursStart: integer().notNull().default(9),
  businessHoursEnd: integer().notNull().default(17),
  // ISO weekdays, 1 = Monday.
  workDays: integer().array().notNull().default([1, 2, 3, 4, 5]),
  updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export type LeadRoutingSettings = typeof leadRoutingSettings.$inferSelect;
