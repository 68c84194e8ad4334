import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { leads } from './leads';
import { orgs } from './orgs';
import { users } from './users';
import { AI_FEATURES, AI_PROVIDER_KINDS, AI_TOOL_ACTION_STATUSES, REPLY_DRAFT_STATUSES, STRATEGY_SOURCES } from './values';

export const aiFeatureEnum = pgEnum('ai_feature', AI_FEATURES);
export const aiProviderKindEnum = pgEnum('ai_provider_kind', AI_PROVIDER_KINDS);
export const aiToolActionStatusEnum = pgEnum('ai_tool_action_status', AI_TOOL_ACTION_STATUSES);
export const replyDraftStatusEnum = pgEnum('reply_draft_status', REPLY_DRAFT_STATUSES);
export const strategySourceEnum = pgEnum('strategy_source', STRATEGY_SOURCES);

/** What the AI knows about the business: the assistant's system prompt and every generation start here. */
export const businessProfiles = pgTable('business_profiles', {
  orgId: uuid().primaryKey().references(() => orgs.id, { onDelete: 'cascade' }),
  description: text().notNull().default(''),
  industry: text().notNull().default(''),
  audience: text().notNull().default(''),
  goals: text().notNull().default(''),
  voice: text().notNull().default(''),
  updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** A chat with the assistant, private to the member who started it. */
export const aiThreads = pgTable(
  'ai_threads',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    title: text().notNull().default('New chat'),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('ai_threads_org_user_updated_idx').on(t.orgId, t.userId, t.updatedAt.desc(), t.id.desc())],
);

/** One UI message of a thread (the AI SDK's UIMessage: id, role, parts), in order. */
export const aiMessages = pgTable(
  'ai_messages',
  {
    id: text().primaryKey(),
    threadId: uuid().notNull().references(() => aiThreads.id, { onDelete: 'cascade' }),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    role: text().notNull(),
    parts: jsonb().$type<unknown[]>().notNull(),
    metadata: jsonb().$type<Record<string, unknown>>(),
    position: integer().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ai_messages_thread_position_idx').on(t.threadId, t.position), index('ai_messages_org_idx').on(t.orgId)],
);

/** A write tool the assistant proposed and a person decided on: executed at most once per tool call. */
export const aiToolActions = pgTable(
  'ai_tool_actions',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    threadId: uuid().references(() => aiThreads.id, { onDelete: 'set null' }),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    toolCallId: text().notNull(),
    tool: text().notNull(),
    input: jsonb().notNull(),
    status: aiToolActionStatusEnum().notNull(),
    result: jsonb(),
    error: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ai_tool_actions_org_call_idx').on(t.orgId, t.toolCallId), index('ai_tool_actions_thread_idx').on(t.threadId)],
);

/** Tokens used per workspace, month (`2026-12`) and feature; plan limits are checked against the month's total. */
export const aiUsage = pgTable(
  'ai_usage',
  {
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    month: text().notNull(),
    feature: aiFeatureEnum().notNull(),
    inputTokens: bigint({ mode: 'number' }).notNull().default(0),
    outputTokens: bigint({ mode: 'number' }).notNull().default(0),
    requests: integer().notNull().default(0),
    cachedRequests: integer().notNull().default(0),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.month, t.feature] })],
);

/** Answers to identical prompts (hash of workspace, model, messages and schema), reused for 24 hours. */
export const aiCache = pgTable(
  'ai_cache',
  {
    key: text().primaryKey(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    value: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('ai_cache_expires_idx').on(t.expiresAt), index('ai_cache_org_idx').on(t.orgId)],
);

export type StrategyPlan = {
  summary: string;
  platforms: { platform: 'linkedin' | 'x'; reason: string; postsPerWeek: number }[];
  pillars: { name: string; description: string }[];
  tone: string;
  voiceGuidelines: string[];
  kpis: { name: string; target: string }[];
};

/** A workspace's marketing strategy, versioned: regenerating or editing adds a version; one is active. */
export const marketingStrategies = pgTable(
  'marketing_strategies',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    isActive: boolean().notNull().default(false),
    plan: jsonb().$type<StrategyPlan>().notNull(),
    source: strategySourceEnum().notNull(),
    // Which model wrote it (null when written by hand).
    provider: aiProviderKindEnum(),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('marketing_strategies_org_version_idx').on(t.orgId, t.version),
    uniqueIndex('marketing_strategies_org_active_idx').on(t.orgId).where(sql`${t.isActive}`),
  ],
);

/** A drafted email to a lead (the first response to a new lead), waiting for a person to edit and approve it. */
export const leadReplyDrafts = pgTable(
  'lead_reply_drafts',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    leadId: uuid().notNull().references(() => leads.id, { onDelete: 'cascade' }),
    kind: text().notNull().default('first_response'),
    subject: text().notNull(),
    body: text().notNull(),
    status: replyDraftStatusEnum().notNull().default('draft'),
    provider: aiProviderKindEnum().notNull(),
    emailMessageId: uuid(),
    sentById: uuid().references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lead_reply_drafts_lead_kind_idx').on(t.leadId, t.kind), index('lead_reply_drafts_org_idx').on(t.orgId)],
);

export type BusinessProfile = typeof businessProfiles.$inferSelect;
export type AiThread = typeof aiThreads.$inferSelect;
export type MarketingStrategy = typeof marketingStrategies.$inferSelect;
export type LeadReplyDraft = typeof leadReplyDrafts.$inferSelect;
