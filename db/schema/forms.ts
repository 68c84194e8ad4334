import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { leads } from './leads';
import { orgs } from './orgs';
import { users } from './users';
import { SUBMISSION_CHANNELS, type Attribution } from './values';

export const submissionChannelEnum = pgEnum('submission_channel', SUBMISSION_CHANNELS);

/** One field of a lead form, in display order: a standard lead field or a workspace custom field. */
export type LeadFormField = {
  /** 'name' | 'email' | 'company' | 'phone' | 'message', or `custom:<custom field key>`. */
  key: string;
  label: string;
  required: boolean;
};

/** A workspace's lead-capture form: hosted at /f/<id>, embeddable, and open to POSTs from anywhere. */
export const leadForms = pgTable(
  'lead_forms',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    title: text().notNull(),
    description: text(),
    fields: jsonb().$type<LeadFormField[]>().notNull(),
    submitLabel: text().notNull().default('Send'),
    successMessage: text().notNull().default('Thanks! We will be in touch soon.'),
    // When set, visitors go there after a successful submission instead of seeing the message.
    redirectUrl: text(),
    notifyEmails: text().array().notNull().default(sql`'{}'::text[]`),
    // Tags every lead from this form gets.
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    isActive: boolean().notNull().default(true),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.createdAt)],
);

/**
 * Every accepted submission (spam is only counted, in analytics_events). `channel` says whether it came from
 * the marketing site's contact form or a workspace form; `formName` keeps the form's name at the time, so a
 * deleted form's submissions (formId set to null) still say where they came from.
 */
export const formSubmissions = pgTable(
  'form_submissions',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    formId: uuid().references(() => leadForms.id, { onDelete: 'set null' }),
    leadId: uuid().notNull().references(() => leads.id, { onDelete: 'cascade' }),
    channel: submissionChannelEnum().notNull(),
    formName: text().notNull(),
    // Whether this submission created the lead (false: it updated an existing lead with the same email).
    createdLead: boolean().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    attribution: jsonb().$type<Attribution>().notNull().default({}),
    userAgent: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.formId, t.createdAt), index().on(t.leadId)],
);

export type LeadForm = typeof leadForms.$inferSelect;
export type FormSubmission = typeof formSubmissions.$inferSelect;
