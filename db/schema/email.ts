import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const emailStatusEnum = pgEnum('email_status', ['stored', 'sent', 'failed']);

// Every email Beacon sends, whichever provider carried it. With the outbox provider (no RESEND_API_KEY) this
// table is the delivery: staff read the messages in /admin/outbox.
export const emailMessages = pgTable(
  'email_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    provider: text().notNull(),
    toAddress: text().notNull(),
    fromAddress: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    tag: text().notNull(),
    status: emailStatusEnum().notNull().default('stored'),
    providerMessageId: text(),
    error: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.createdAt), index().on(t.toAddress, t.createdAt)],
);

export type EmailMessage = typeof emailMessages.$inferSelect;
