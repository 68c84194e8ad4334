import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';
import { users } from './users';
import type { Attribution } from './values';

export const leadPriorityEnum = pgEnum('lead_priority', ['low', 'normal', 'high']);

// A workspace's pipeline, in order. Won/lost flags mark the closing stages.
export const pipelineStages = pgTable(
  'pipeline_stages',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    position: integer().notNull(),
    isWon: boolean().notNull().default(false),
    isLost: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.position)],
);

export type ScoreReasonRow = { factor: string; label: string; points: number };

export const leads = pgTable(
  'leads',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    // Stored lower-cased and trimmed: the dedupe key within a workspace.
    email: text(),
    company: text(),
    phone: text(),
    title: text(),
    source: text(),
    // First-touch attribution from the form submission that created the lead (referrer, landing page, UTM).
    attribution: jsonb().$type<Attribution>(),
    stageId: uuid().references(() => pipelineStages.id, { onDelete: 'set null' }),
    ownerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    priority: leadPriorityEnum().notNull().default('normal'),
    valueCents: bigint({ mode: 'number' }),
    currency: text().notNull().default('USD'),
    customFields: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    score: integer().notNull().default(0),
    scoreReasons: jsonb().$type<ScoreReasonRow[]>().notNull().default([]),
    lastActivityAt: timestamp({ withTimezone: true, mode: 'date' }),
    // When the lead entered its current stage (the insight scan's "pipeline stuck" rule).
    stageChangedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    // Keyset pagination newest first, alone and under the common filters.
    index('leads_org_created_idx').on(t.orgId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('leads_org_stage_created_idx').on(t.orgId, t.stageId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('leads_org_owner_created_idx').on(t.orgId, t.ownerId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('leads_org_name_idx').on(t.orgId, t.name, t.id),
    // The board's top cards per column.
    index('leads_org_stage_score_idx').on(t.orgId, t.stageId, t.score.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('leads_org_score_idx').on(t.orgId, t.score.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The insight scan: open leads by last activity, and leads by how long they have sat in their stage.
    index('leads_org_last_activity_idx').on(t.orgId, t.lastActivityAt),
    index('leads_org_stage_changed_idx').on(t.orgId, t.stageId, t.stageChangedAt),
    uniqueIndex('leads_org_email_key').on(t.orgId, t.email).where(sql`${t.email} is not null`),
    index('leads_tags_idx').using('gin', t.tags),
    // Fragment search over name, email, company and phone (pg_trgm, created in the previous migration).
    index('leads_search_trgm_idx').using(
      'gin',
      sql`(coalesce(${t.name}, '') || ' ' || coalesce(${t.email}, '') || ' ' || coalesce(${t.company}, '') || ' ' || coalesce(${t.phone}, '')) gin_trgm_ops`,
    ),
  ],
);

export type Lead = typeof leads.$inferSelect;
