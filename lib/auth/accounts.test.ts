import { and, desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { emailMessages, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestUser } from '@/tests/helpers/factories';
import { authenticate, changePassword, confirmEmailChange, requestEmailChange, requestPasswordReset, resetPassword, signUp, verifyEmail } from './accounts';
import { signUpSchema } from '@/lib/auth/account-schemas';
import { hashPassword } from './password';

const testDb = setupTestDatabase();
const META = { baseUrl: 'http://beacon.test', ip: '203.0.113.7', userAgent: 'vitest' };
const PASSWORD = 'a long enough passphrase';

beforeEach(async () => {
  await truncateAll(testDb.db);
});

async function emailsTo(db: Db, address: string) {
  return db.select().from(emailMessages).where(eq(emailMessages.toAddress, address)).orderBy(desc(emailMessages.createdAt));
}

/** The token of the newest link of this kind in the plain-text email sent to `address`. */
async function tokenFromEmail(db: Db, address: string, pathPattern: RegExp) {
  const [latest] = await emailsTo(db, address);
  expect(latest, `an email to ${address}`).toBeDefined();
  const match = latest!.text.match(pathPattern);
  expect(match, `a link matching ${pathPattern} in: ${latest!.text}`).not.toBeNull();
  return match![1]!;
}

const VERIFY_LINK = /http:\/\/beacon\.test\/verify\?token=([A-Za-z0-9_-]+)/;
const RESET_LINK = /http:\/\/beacon\.test\/reset\?token=([A-Za-z0-9_-]+)/;
const EMAIL_CHANGE_LINK = /http:\/\/beacon\.test\/verify\?token=([A-Za-z0-9_-]+)&(?:amp;)?kind=email-change/;

async function getUser(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user;
}

async function expectAppError(promise: Promise<unknown>, code: AppError['code']) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** A verified account with a real password, as if it had signed up and confirmed. */
async function createAccount(db: Db, email = 'grace@example.test', password = PASSWORD) {
  return createTestUser(db, { email, passwordHash: await hashPassword(password) });
}

describe('signUp', () => {
  it('creates an unverified user and emails a /verify?token= link', async () => {
    const { db } = testDb;
    const input = signUpSchema.parse({ name: 'Ada Lovelace', email: ' Ada@Example.TEST ', password: PASSWORD });
    await expect(signUp(db, input, META)).resolves.toEqual({ email: 'ada@example.test' });

    const user = await getUser(db, 'ada@example.test');
    expect(user).toMatchObject({ name: 'Ada Lovelace', emailVerified: null });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);

    const emails = await emailsTo(db, 'ada@example.test');
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ tag: 'auth.verify_email', subject: 'Confirm your email for Beacon', status: 'stored' });
    expect(await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('creates no second user for the same email and keeps the first password and name', async () => {
    const { db } = testDb;
    await signUp(db, signUpSchema.parse({ name: 'Ada', email: 'ada@example.test', password: PASSWORD }), META);
    await signUp(db, signUpSchema.parse({ name: 'Impostor', email: 'ADA@example.test', password: 'another long password' }), META);

    const all = await db.select().from(users);
    expect(all).toHaveLength(1);
    expect(all[0]!.name).toBe('Ada');
    // Still unverified, so the owner of the address gets a fresh link instead of an error that reveals the account.
    expect(await emailsTo(db, 'ada@example.test')).toHaveLength(2);
    expect(await authenticate(db, 'ada@example.test', 'another long password')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('verifyEmail', () => {
  it('verifies with the emailed token, once', async () => {
    const { db } = testDb;
    await signUp(db, signUpSchema.parse({ name: 'Ada', email: 'ada@example.test', password: PASSWORD }), META);
    const token = await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK);

    const verified = await verifyEmail(db, token);
    expect(verified.email).toBe('ada@example.test');
    expect(verified.emailVerified).toBeInstanceOf(Date);
    expect((await getUser(db, 'ada@example.test'))!.emailVerified).toBeInstanceOf(Date);

    const error = await expectAppError(verifyEmail(db, token), 'bad_request');
    expect(error.message).toBe('This confirmation link is invalid or has expired.');
  });

  it('refuses a made-up token', async () => {
    await expectAppError(verifyEmail(testDb.db, 'x'.repeat(43)), 'bad_request');
  });
});

describe('authenticate', () => {
  it("answers 'invalid' for an unknown email", async () => {
    await expect(authenticate(testDb.db, 'nobody@example.test', PASSWORD)).resolves.toEqual({ ok: false, reason: 'invalid' });
  });

  it("answers 'invalid' for a wrong password and 'unverified' only with the right one", async () => {
    const { db } = testDb;
    await signUp(db, signUpSchema.parse({ name: 'Ada', email: 'ada@example.test', password: PASSWORD }), META);
    await expect(authenticate(db, 'ada@example.test', 'not the right password')).resolves.toEqual({ ok: false, reason: 'invalid' });
    await expect(authenticate(db, 'ada@example.test', PASSWORD)).resolves.toEqual({ ok: false, reason: 'unverified' });

    await verifyEmail(db, await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK));
    const result = await authenticate(db, 'ada@example.test', PASSWORD);
    expect(result.ok).toBe(true);
    expect(result.ok && result.user.email).toBe('ada@example.test');
  });
});

describe('requestPasswordReset + resetPassword', () => {
  it('sends nothing for an unknown address', async () => {
    const { db } = testDb;
    await requestPasswordReset(db, 'nobody@example.test', META);
    expect(await db.select().from(emailMessages)).toHaveLength(0);
  });

  it('sets a new password with a single-use token and ends older sessions', async () => {
    const { db } = testDb;
    const before = await createAccount(db);
    await requestPasswordReset(db, before.email, META);
    const token = await tokenFromEmail(db, before.email, RESET_LINK);

    await resetPassword(db, { token, password: 'a brand new passphrase' });
    const after = (await getUser(db, before.email))!;
    expect(after.sessionsValidAfter.getTime()).toBeGreaterThan(before.sessionsValidAfter.getTime());
    expect(await authenticate(db, before.email, PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
    expect((await authenticate(db, before.email, 'a brand new passphrase')).ok).toBe(true);

    await expectAppError(resetPassword(db, { token, password: 'yet another passphrase' }), 'bad_request');
    expect((await authenticate(db, before.email, 'a brand new passphrase')).ok).toBe(true);
  });

  it('does not accept a verification token as a reset token', async () => {
    const { db } = testDb;
    await signUp(db, signUpSchema.parse({ name: 'Ada', email: 'ada@example.test', password: PASSWORD }), META);
    const verifyToken = await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK);
    await expectAppError(resetPassword(db, { token: verifyToken, password: 'a brand new passphrase' }), 'bad_request');
  });
});

describe('changePassword', () => {
  it('refuses a wrong current password and names the field', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    const error = await expectAppError(changePassword(db, user.id, { currentPassword: 'not my password', newPassword: 'a brand new passphrase' }), 'bad_request');
    expect(error.details).toEqual({ field: 'currentPassword' });
    expect((await authenticate(db, user.email, PASSWORD)).ok).toBe(true);
  });

  it('changes the password and ends older sessions', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    await changePassword(db, user.id, { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect((await getUser(db, user.email))!.sessionsValidAfter.getTime()).toBeGreaterThan(user.sessionsValidAfter.getTime());
    expect(await authenticate(db, user.email, PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
    expect((await authenticate(db, user.email, 'a brand new passphrase')).ok).toBe(true);
  });
});

describe('requestEmailChange + confirmEmailChange', () => {
  it('moves the account to the new address once the link sent there is opened', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    await requestEmailChange(db, user.id, 'grace.new@example.test', META.baseUrl);
    // Nothing changes until the new inbox confirms.
    expect((await getUser(db, user.email))!.id).toBe(user.id);
    const token = await tokenFromEmail(db, 'grace.new@example.test', EMAIL_CHANGE_LINK);

    await confirmEmailChange(db, token);
    const [changed] = await db.select().from(users).where(eq(users.id, user.id));
    expect(changed!.email).toBe('grace.new@example.test');
    expect(changed!.sessionsValidAfter.getTime()).toBeGreaterThan(user.sessionsValidAfter.getTime());
    expect((await authenticate(db, 'grace.new@example.test', PASSWORD)).ok).toBe(true);
    expect(await authenticate(db, user.email, PASSWORD)).toEqual({ ok: false, reason: 'invalid' });

    await expectAppError(confirmEmailChange(db, token), 'bad_request');
  });

  it("refuses an address another account uses and sends nothing", async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    await createAccount(db, 'taken@example.test');
    await expectAppError(requestEmailChange(db, user.id, 'taken@example.test', META.baseUrl), 'conflict');
    const sent = await db.select().from(emailMessages).where(and(eq(emailMessages.toAddress, 'taken@example.test'), eq(emailMessages.tag, 'auth.change_email')));
    expect(sent).toHaveLength(0);
  });

  it('refuses a verification token as an email-change token', async () => {
    const { db } = testDb;
    await signUp(db, signUpSchema.parse({ name: 'Ada', email: 'ada@example.test', password: PASSWORD }), META);
    await expectAppError(confirmEmailChange(db, await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK)), 'bad_request');
  });
});
