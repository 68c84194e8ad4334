import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    completedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_org_created_idx').on(t.orgId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('tasks_org_assignee_status_due_idx').on(t.orgId, t.assigneeId, t.status, t.dueAt),
    index('tasks_lead_status_idx').on(t.leadId, t.status),
  ],
);

export type Task = typeof tasks.$inferSelect;
