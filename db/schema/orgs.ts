import { boolean, integer, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const planEnum = pgEnum('plan', ['free', 'pro', 'enterprise']);
export const orgRoleEnum = pgEnum('org_role', ['owner', 'admin', 'member']);

// A workspace. Every tenant table points here with a NOT NULL, indexed org_id.
export const orgs = pgTable('orgs', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  plan: planEnum().notNull().default('free'),
  // Marks workspaces created by the seed script so the UI can label their data as demo data.
  isDemo: boolean().notNull().default(false),
  // Lead scores' engagement points halve every this many days (lib/leads/score.ts).
  scoreHalfLifeDays: integer().notNull().default(14),
  createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const orgMembers = pgTable(
  'org_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: orgRoleEnum().notNull().default('member'),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.orgId, t.userId), index().on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    role: orgRoleEnum().notNull().default('member'),
    // Only a hash of the invite token is stored; the token itself lives in the emailed link.
    tokenHash: text().notNull().unique(),
    invitedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    acceptedAt: timestamp({ withTimezone: true, mode: 'date' }),
    revokedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.createdAt)],
);

export type Org = typeof orgs.$inferSelect;
export type OrgRole = (typeof orgRoleEnum.enumValues)[number];
export type Plan = (typeof planEnum.enumValues)[number];
