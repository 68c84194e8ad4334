import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { authTokens, emailMessages, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestUser } from '@/tests/helpers/factories';
import { authenticate, changePassword, confirmEmailChange, requestEmailChange, requestPasswordReset, resendVerification, resetPassword, signUp, verifyEmail } from './accounts';
import { signUpSchema } from '@/lib/auth/account-schemas';
import { issueAuthToken } from './auth-tokens';
import { hashPassword, verifyPassword } from './password';

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

/** The tokens of every link of this kind sent to `address`, oldest first. */
async function tokensFromEmails(db: Db, address: string, pathPattern: RegExp) {
  const emails = await db.select().from(emailMessages).where(eq(emailMessages.toAddress, address)).orderBy(asc(emailMessages.createdAt));
  return emails.flatMap((email) => email.text.match(pathPattern)?.[1] ?? []);
}

const VERIFY_LINK = /http:\/\/beacon\.test\/verify\?token=([A-Za-z0-9_-]+)/;
const RESET_LINK = /http:\/\/beacon\.test\/reset\?token=([A-Za-z0-9_-]+)/;
const EMAIL_CHANGE_LINK = /http:\/\/beacon\.test\/verify\?token=([A-Za-z0-9_-]+)&(?:amp;)?kind=email-change/;

async function getUser(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user;
}

async function expectAppError(promise: Promise<unknown>, code: AppError['code']) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function signUpAs(db: Db, email: string, password: string, name = 'Ada') {
  return signUp(db, signUpSchema.parse({ name, email, password }), META);
}

/** Asks to move the account to `newEmail` (giving the right password) and returns the token sent there. */
async function requestChange(db: Db, userId: string, newEmail: string) {
  await requestEmailChange(db, userId, { newEmail, currentPassword: PASSWORD }, META.baseUrl);
  return tokenFromEmail(db, newEmail, EMAIL_CHANGE_LINK);
}

async function unusedTokens(db: Db, userId: string) {
  return db.select().from(authTokens).where(and(eq(authTokens.userId, userId), isNull(authTokens.usedAt)));
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
    // No password until the address is confirmed: it travels with the link instead.
    expect(user).toMatchObject({ name: 'Ada Lovelace', emailVerified: null, passwordHash: null });
    const [token] = await unusedTokens(db, user!.id);
    expect(token).toMatchObject({ purpose: 'verify_email' });
    expect(token!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(token!.passwordHash!, PASSWORD)).toBe(true);

    const emails = await emailsTo(db, 'ada@example.test');
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ tag: 'auth.verify_email', subject: 'Confirm your email for Beacon', status: 'stored' });
    expect(await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('creates no second user for the same email, keeps the first name and sets no password', async () => {
    const { db } = testDb;
    await signUpAs(db, 'ada@example.test', PASSWORD);
    await signUp(db, signUpSchema.parse({ name: 'Impostor', email: 'ADA@example.test', password: 'another long password' }), META);

    const all = await db.select().from(users);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ name: 'Ada', passwordHash: null });
    // Still unverified, so the owner of the address gets a fresh link instead of an error that reveals the account.
    expect(await emailsTo(db, 'ada@example.test')).toHaveLength(2);
  });

  it("lets no earlier sign-up's password into the account of the address's owner", async () => {
    const { db } = testDb;
    const attackerPassword = 'attacker chosen passphrase';
    await signUpAs(db, 'victim@example.test', attackerPassword, 'Attacker');
    await signUpAs(db, 'victim@example.test', PASSWORD, 'Victim');
    const [attackerLink, victimLink] = await tokensFromEmails(db, 'victim@example.test', VERIFY_LINK);

    await verifyEmail(db, victimLink!);
    expect((await authenticate(db, 'victim@example.test', PASSWORD)).ok).toBe(true);
    expect(await authenticate(db, 'victim@example.test', attackerPassword)).toEqual({ ok: false, reason: 'invalid' });
    // Confirming one link voids the links of every other sign-up.
    await expectAppError(verifyEmail(db, attackerLink!), 'bad_request');
    expect(await authenticate(db, 'victim@example.test', attackerPassword)).toEqual({ ok: false, reason: 'invalid' });
  });

  it("keeps the owner's earlier link working after a later sign-up, with the owner's password", async () => {
    const { db } = testDb;
    const attackerPassword = 'attacker chosen passphrase';
    await signUpAs(db, 'victim@example.test', PASSWORD, 'Victim');
    await signUpAs(db, 'victim@example.test', attackerPassword, 'Attacker');
    const [victimLink] = await tokensFromEmails(db, 'victim@example.test', VERIFY_LINK);

    await verifyEmail(db, victimLink!);
    expect((await authenticate(db, 'victim@example.test', PASSWORD)).ok).toBe(true);
    expect(await authenticate(db, 'victim@example.test', attackerPassword)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('answers the same for a verified address, sends nothing and keeps its password', async () => {
    const { db } = testDb;
    const user = await createAccount(db, 'ada@example.test');
    await expect(signUpAs(db, 'ada@example.test', 'another long password')).resolves.toEqual({ email: 'ada@example.test' });

    expect(await emailsTo(db, 'ada@example.test')).toHaveLength(0);
    expect(await unusedTokens(db, user.id)).toHaveLength(0);
    expect((await getUser(db, 'ada@example.test'))!.passwordHash).toBe(user.passwordHash);
    expect((await authenticate(db, 'ada@example.test', PASSWORD)).ok).toBe(true);
    expect(await authenticate(db, 'ada@example.test', 'another long password')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('resendVerification', () => {
  it("re-issues a link carrying the newest sign-up's password", async () => {
    const { db } = testDb;
    await signUpAs(db, 'ada@example.test', 'an earlier passphrase');
    await signUpAs(db, 'ada@example.test', PASSWORD);
    await resendVerification(db, 'ada@example.test', META.baseUrl);
    const links = await tokensFromEmails(db, 'ada@example.test', VERIFY_LINK);
    expect(links).toHaveLength(3);

    await verifyEmail(db, links[2]!);
    expect((await authenticate(db, 'ada@example.test', PASSWORD)).ok).toBe(true);
    expect(await authenticate(db, 'ada@example.test', 'an earlier passphrase')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('re-issues a link without a password when no pending link has one', async () => {
    const { db } = testDb;
    const user = await createTestUser(db, { email: 'ada@example.test', emailVerified: null });
    await issueAuthToken(db, { userId: user.id, purpose: 'verify_email' });
    await resendVerification(db, 'ada@example.test', META.baseUrl);

    await verifyEmail(db, await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK));
    const verified = (await getUser(db, 'ada@example.test'))!;
    expect(verified.emailVerified).toBeInstanceOf(Date);
    expect(verified.passwordHash).toBeNull();
  });
});

describe('verifyEmail', () => {
  it('verifies with the emailed token, once', async () => {
    const { db } = testDb;
    await signUpAs(db, 'ada@example.test', PASSWORD);
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

  it('never replaces a password the account already has', async () => {
    const { db } = testDb;
    await signUpAs(db, 'ada@example.test', 'the sign-up passphrase');
    const verifyToken = await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK);
    await requestPasswordReset(db, 'ada@example.test', META);
    await resetPassword(db, { token: await tokenFromEmail(db, 'ada@example.test', RESET_LINK), password: PASSWORD });

    await verifyEmail(db, verifyToken);
    expect((await authenticate(db, 'ada@example.test', PASSWORD)).ok).toBe(true);
    expect(await authenticate(db, 'ada@example.test', 'the sign-up passphrase')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('authenticate', () => {
  it("answers 'invalid' for an unknown email", async () => {
    await expect(authenticate(testDb.db, 'nobody@example.test', PASSWORD)).resolves.toEqual({ ok: false, reason: 'invalid' });
  });

  it("answers 'invalid' for a wrong password and 'unverified' only with the right one", async () => {
    const { db } = testDb;
    await signUpAs(db, 'ada@example.test', PASSWORD);
    await expect(authenticate(db, 'ada@example.test', 'not the right password')).resolves.toEqual({ ok: false, reason: 'invalid' });
    await expect(authenticate(db, 'ada@example.test', PASSWORD)).resolves.toEqual({ ok: false, reason: 'unverified' });

    await verifyEmail(db, await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK));
    const result = await authenticate(db, 'ada@example.test', PASSWORD);
    expect(result.ok).toBe(true);
    expect(result.ok && result.user.email).toBe('ada@example.test');
  });

  it("answers 'unverified' only for the newest pending sign-up's password", async () => {
    const { db } = testDb;
    await signUpAs(db, 'ada@example.test', 'an earlier passphrase');
    await signUpAs(db, 'ada@example.test', PASSWORD);
    await expect(authenticate(db, 'ada@example.test', PASSWORD)).resolves.toEqual({ ok: false, reason: 'unverified' });
    await expect(authenticate(db, 'ada@example.test', 'an earlier passphrase')).resolves.toEqual({ ok: false, reason: 'invalid' });
  });

  it("answers 'invalid' without a password, unless a pending sign-up's link is still valid", async () => {
    const { db } = testDb;
    const pending = await createTestUser(db, { email: 'ada@example.test', emailVerified: null });
    const longAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await issueAuthToken(db, { userId: pending.id, purpose: 'verify_email', passwordHash: await hashPassword(PASSWORD), now: longAgo });
    await expect(authenticate(db, 'ada@example.test', PASSWORD)).resolves.toEqual({ ok: false, reason: 'invalid' });
    await createTestUser(db, { email: 'grace@example.test' });
    await expect(authenticate(db, 'grace@example.test', PASSWORD)).resolves.toEqual({ ok: false, reason: 'invalid' });
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

  it('voids the other reset and email-change links of the account', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    await requestPasswordReset(db, user.email, META);
    const olderReset = await tokenFromEmail(db, user.email, RESET_LINK);
    const emailChange = await requestChange(db, user.id, 'grace.new@example.test');
    await requestPasswordReset(db, user.email, META);

    await resetPassword(db, { token: await tokenFromEmail(db, user.email, RESET_LINK), password: 'a brand new passphrase' });
    await expectAppError(resetPassword(db, { token: olderReset, password: 'yet another passphrase' }), 'bad_request');
    await expectAppError(confirmEmailChange(db, emailChange, META.baseUrl), 'bad_request');
    expect((await authenticate(db, user.email, 'a brand new passphrase')).ok).toBe(true);
  });

  it('does not accept a verification token as a reset token', async () => {
    const { db } = testDb;
    await signUpAs(db, 'ada@example.test', PASSWORD);
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

  it('voids pending reset and email-change links', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    await requestPasswordReset(db, user.email, META);
    const reset = await tokenFromEmail(db, user.email, RESET_LINK);
    const emailChange = await requestChange(db, user.id, 'grace.new@example.test');

    await changePassword(db, user.id, { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    await expectAppError(resetPassword(db, { token: reset, password: 'yet another passphrase' }), 'bad_request');
    await expectAppError(confirmEmailChange(db, emailChange, META.baseUrl), 'bad_request');
    expect((await getUser(db, user.email))!.id).toBe(user.id);
  });
});

describe('requestEmailChange + confirmEmailChange', () => {
  it('moves the account to the new address once the link sent there is opened', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    await requestEmailChange(db, user.id, { newEmail: 'grace.new@example.test', currentPassword: PASSWORD }, META.baseUrl);
    // Nothing changes until the new inbox confirms.
    expect((await getUser(db, user.email))!.id).toBe(user.id);
    const token = await tokenFromEmail(db, 'grace.new@example.test', EMAIL_CHANGE_LINK);

    await confirmEmailChange(db, token, META.baseUrl);
    const [changed] = await db.select().from(users).where(eq(users.id, user.id));
    expect(changed!.email).toBe('grace.new@example.test');
    expect(changed!.sessionsValidAfter.getTime()).toBeGreaterThan(user.sessionsValidAfter.getTime());
    expect((await authenticate(db, 'grace.new@example.test', PASSWORD)).ok).toBe(true);
    expect(await authenticate(db, user.email, PASSWORD)).toEqual({ ok: false, reason: 'invalid' });

    await expectAppError(confirmEmailChange(db, token, META.baseUrl), 'bad_request');
  });

  it('refuses a wrong or missing current password, names the field and sends nothing', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    const wrong = await expectAppError(requestEmailChange(db, user.id, { newEmail: 'grace.new@example.test', currentPassword: 'not my password' }, META.baseUrl), 'bad_request');
    expect(wrong.message).toBe('Your current password is not correct.');
    expect(wrong.details).toEqual({ field: 'currentPassword' });
    const missing = await expectAppError(requestEmailChange(db, user.id, { newEmail: 'grace.new@example.test' }, META.baseUrl), 'bad_request');
    expect(missing.details).toEqual({ field: 'currentPassword' });
    expect(await emailsTo(db, 'grace.new@example.test')).toHaveLength(0);
    expect(await unusedTokens(db, user.id)).toHaveLength(0);
  });

  it('lets an account without a password change without one', async () => {
    const { db } = testDb;
    const user = await createTestUser(db, { email: 'grace@example.test' });
    await requestEmailChange(db, user.id, { newEmail: 'grace.new@example.test' }, META.baseUrl);
    await confirmEmailChange(db, await tokenFromEmail(db, 'grace.new@example.test', EMAIL_CHANGE_LINK), META.baseUrl);
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]!.email).toBe('grace.new@example.test');
  });

  it('answers the same for an address another account uses, and sends nothing', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    await createAccount(db, 'taken@example.test');
    await expect(requestEmailChange(db, user.id, { newEmail: 'taken@example.test', currentPassword: PASSWORD }, META.baseUrl)).resolves.toBeUndefined();
    const sent = await db.select().from(emailMessages).where(and(eq(emailMessages.toAddress, 'taken@example.test'), eq(emailMessages.tag, 'auth.change_email')));
    expect(sent).toHaveLength(0);
    expect(await unusedTokens(db, user.id)).toHaveLength(0);
  });

  it('tells the old address, with a link to reset the password', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    await confirmEmailChange(db, await requestChange(db, user.id, 'grace.new@example.test'), META.baseUrl);

    const [notice] = await emailsTo(db, user.email);
    expect(notice).toMatchObject({ subject: 'Your Beacon email was changed', tag: 'auth.email_changed' });
    expect(notice!.text).toContain('grace.new@example.test');
    expect(notice!.text).toContain("If this wasn't you, reset your password");
    expect(notice!.text).toContain('http://beacon.test/reset');
  });

  it('voids every link sent before the change', async () => {
    const { db } = testDb;
    const user = await createAccount(db);
    await requestPasswordReset(db, user.email, META);
    const reset = await tokenFromEmail(db, user.email, RESET_LINK);
    const otherChange = await requestChange(db, user.id, 'other.new@example.test');
    await confirmEmailChange(db, await requestChange(db, user.id, 'grace.new@example.test'), META.baseUrl);
    await expectAppError(resetPassword(db, { token: reset, password: 'a brand new passphrase' }), 'bad_request');
    await expectAppError(confirmEmailChange(db, otherChange, META.baseUrl), 'bad_request');
    expect(await unusedTokens(db, user.id)).toHaveLength(0);
    expect((await authenticate(db, 'grace.new@example.test', PASSWORD)).ok).toBe(true);
  });

  it('refuses a verification token as an email-change token', async () => {
    const { db } = testDb;
    await signUpAs(db, 'ada@example.test', PASSWORD);
    await expectAppError(confirmEmailChange(db, await tokenFromEmail(db, 'ada@example.test', VERIFY_LINK), META.baseUrl), 'bad_request');
  });
});
