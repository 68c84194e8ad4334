import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';
import { users } from './users';

export const auditActorEnum = pgEnum('audit_actor', ['user', 'api_key', 'system', 'staff', 'anonymous']);

// org_id is nullable on purpose: sign-ins and staff actions happen outside any workspace.
// Workspace admins read only rows with their org_id; staff read all through lib/admin.
export const auditLogs = pgTable(
  'audit_logs',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().references(() => orgs.id, { onDelete: 'cascade' }),
    actorType: auditActorEnum().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    actorApiKeyId: uuid(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    metadata: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    ip: text(),
    userAgent: text(),
    requestId: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orgId, t.createdAt),
    index().on(t.actorUserId, t.createdAt),
    index().on(t.createdAt),
  ],
);

export type AuditLog = typeof auditLogs.$inferSelect;
