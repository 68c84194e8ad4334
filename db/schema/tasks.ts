import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { insights } from './insights';
import { leads } from './leads';
import { orgs } from './orgs';
import { users } from './users';
import { TASK_SOURCES, TASK_STATUSES } from './values';

export const taskStatusEnum = pgEnum('task_status', TASK_STATUSES);
export const taskSourceEnum = pgEnum('task_source', TASK_SOURCES);

export const tasks = pgTable(
  'tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    notes: text(),
    dueAt: timestamp({ withTimezone: true, mode: 'date' }),
    assigneeId: uuid().references(() => users.id, { onDelete: 'set null' }),
    leadId: uuid().references(() => leads.id, { onDelete: 'set null' }),
    status: taskStatusEnum().notNull().default('pending'),
    source: taskSourceEnum().notNull().default('user'),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    // The insight whose scan created this task (source `insight`).
    insightId: uuid().references(() => insights.id, { onDelete: 'set null' }),
    // Set by jobs that create tasks, so a retried or replayed job never creates the same task twice.
    dedupeKey: text(),
    completedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_org_created_idx').on(t.orgId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('tasks_org_assignee_status_due_idx').on(t.orgId, t.assigneeId, t.status, t.dueAt),
    index('tasks_lead_status_idx').on(t.leadId, t.status),
    // Overdue open tasks per workspace (the insight scan's backlog rule).
    index('tasks_org_status_due_idx').on(t.orgId, t.status, t.dueAt),
    index('tasks_insight_idx').on(t.insightId).where(sql`${t.insightId} is not null`),
    uniqueIndex('tasks_org_dedupe_key_idx').on(t.orgId, t.dedupeKey).where(sql`${t.dedupeKey} is not null`),
  ],
);

export type Task = typeof tasks.$inferSelect;
