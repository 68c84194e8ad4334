import { boolean, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';
import { users } from './users';
import { INSIGHT_RULES, INSIGHT_STATUSES } from './values';

export const insightRuleEnum = pgEnum('insight_rule', INSIGHT_RULES);
export const insightStatusEnum = pgEnum('insight_status', INSIGHT_STATUSES);

/** What an insight points at: the leads, tasks or stages behind it and the numbers it was decided on. */
export type InsightEvidence = {
  items: { kind: 'lead' | 'task' | 'stage'; id: string; label: string; detail?: string }[];
  numbers: Record<string, number>;
};

/** One finding of a workspace's insight scan, once per rule and period (`periodKey`). */
export const insights = pgTable(
  'insights',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    rule: insightRuleEnum().notNull(),
    periodKey: text().notNull(),
    status: insightStatusEnum().notNull().default('open'),
    confidence: doublePrecision().notNull(),
    summary: text().notNull(),
    evidence: jsonb().$type<InsightEvidence>().notNull(),
    decidedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    actedAt: timestamp({ withTimezone: true, mode: 'date' }),
    dismissedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('insights_org_rule_period_idx').on(t.orgId, t.rule, t.periodKey),
    index('insights_org_status_created_idx').on(t.orgId, t.status, t.createdAt.desc(), t.id.desc()),
  ],
);

/** A workspace's choice per rule: off, or on with its own threshold (null = the rule's default). */
export const insightRuleSettings = pgTable(
  'insight_rule_settings',
  {
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    rule: insightRuleEnum().notNull(),
    enabled: boolean().notNull().default(true),
    threshold: integer(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.rule] })],
);

/** When each workspace's next scan is due; the hourly cron claims due rows and fans out one scan each. */
export const insightScans = pgTable(
  'insight_scans',
  {
    orgId: uuid().primaryKey().references(() => orgs.id, { onDelete: 'cascade' }),
    nextRunAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    claimedAt: timestamp({ withTimezone: true, mode: 'date' }),
    lastRunAt: timestamp({ withTimezone: true, mode: 'date' }),
    lastFindings: integer(),
  },
  (t) => [index('insight_scans_next_run_idx').on(t.nextRunAt)],
);

export type Insight = typeof insights.$inferSelect;
export type InsightRuleSetting = typeof insightRuleSettings.$inferSelect;
