import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const authTokenPurposeEnum = pgEnum('auth_token_purpose', ['verify_email', 'reset_password', 'change_email']);

// Single-use, expiring tokens for account emails. Only the SHA-256 of a token is stored.
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    purpose: authTokenPurposeEnum().notNull(),
    tokenHash: text().notNull().unique(),
    // For change_email: the address that becomes the user's once the token is used.
    newEmail: text(),
    // For verify_email: the argon2 hash of the password chosen in the sign-up that sent this link. The account
    // gets its password only when the link is opened, so a sign-up by someone else never sets it.
    passwordHash: text(),
    expiresAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.purpose)],
);

export type AuthTokenPurpose = (typeof authTokenPurposeEnum.enumValues)[number];
