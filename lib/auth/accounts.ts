import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { changeEmailMessage, emailChangedNoticeMessage, resetPasswordMessage, verifyEmailMessage } from '@/lib/email/account-emails';
import { sendEmail } from '@/lib/email/send-email';
import { AppError } from '@/lib/errors';
import { consumeAuthToken, issueAuthToken, latestUnusedAuthToken, revokeAuthTokens } from './auth-tokens';
import { hashPassword, verifyPassword } from './password';
import type { changePasswordSchema, requestEmailChangeSchema, resetPasswordSchema, SignUpInput } from './account-schemas';

type RequestMeta = { baseUrl: string; ip?: string | null; userAgent?: string | null; requestId?: string | null };

/** `passwordHash` rides on the token: the account gets that password only when this link is opened. */
async function sendVerification(db: Db, user: { id: string; email: string }, baseUrl: string, passwordHash: string | null) {
  const token = await issueAuthToken(db, { userId: user.id, purpose: 'verify_email', passwordHash });
  await sendEmail(db, { to: user.email, ...verifyEmailMessage(`${baseUrl}/verify?token=${token}`) });
}

/**
 * Creates an account and emails a verification link. An address that already has an account gets the same
 * answer (and a fresh link if it is still unverified), so sign-up never reveals who has an account.
 *
 * The password is not stored on the account: anyone can sign up with any address, so it would let whoever
 * signed up first into the real owner's account once the owner confirms. It travels with the link instead,
 * and each link sets the password chosen in the sign-up that sent it.
 */
export async function signUp(db: Db, input: SignUpInput, meta: RequestMeta) {
  // Hash on every path, so a verified address cannot be told apart by how fast the answer comes.
  const passwordHash = await hashPassword(input.password);
  const [existing] = await db.select().from(users).where(eq(users.email, input.email));
  if (existing) {
    if (!existing.emailVerified && !existing.disabledAt) await sendVerification(db, existing, meta.baseUrl, passwordHash);
    return { email: input.email };
  }
  const [user] = await db
    .insert(users)
    .values({ email: input.email, name: input.name, passwordHash: null })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) return { email: input.email };
  await recordAudit(db, { actorType: 'user', actorUserId: user.id, action: 'user.sign_up', targetType: 'user', targetId: user.id, ip: meta.ip, userAgent: meta.userAgent, requestId: meta.requestId });
  await sendVerification(db, user, meta.baseUrl, passwordHash);
  return { email: input.email };
}

/** A fresh link carrying the password of the newest pending sign-up (none if no sign-up chose one). */
export async function resendVerification(db: Db, email: string, baseUrl: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user || user.emailVerified || user.disabledAt) return;
  const latest = await latestUnusedAuthToken(db, { userId: user.id, purpose: 'verify_email' });
  await sendVerification(db, user, baseUrl, latest?.passwordHash ?? null);
}

export async function verifyEmail(db: Db, token: string) {
  const row = await consumeAuthToken(db, { token, purpose: 'verify_email' });
  if (!row) throw new AppError('bad_request', 'This confirmation link is invalid or has expired.');
  const now = new Date();
  const [user] = await db
    .update(users)
    // coalesce: a password already set (by another link, a reset) is never replaced by a link.
    .set({ emailVerified: now, updatedAt: now, ...(row.passwordHash ? { passwordHash: sql`coalesce(${users.passwordHash}, ${row.passwordHash})` } : {}) })
    .where(eq(users.id, row.userId))
    .returning();
  // The address is confirmed: links from other sign-ups (other passwords) must not work any more.
  await revokeAuthTokens(db, { userId: row.userId, purposes: ['verify_email'], now });
  await recordAudit(db, { actorType: 'user', actorUserId: row.userId, action: 'user.email_verified', targetType: 'user', targetId: row.userId });
  return user!;
}

// A real argon2id hash of a random string: verifying against it costs the same time as a real account,
// so "no such user" and "wrong password" cannot be told apart by timing.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$wEV10UH4/41BXgrxx1e4ng$AIXj5PEnBDwbaw5uFGsy7eP4WK960grEtdSnWJCPQi4';

export type AuthenticateResult =
  | { ok: true; user: typeof users.$inferSelect }
  | { ok: false; reason: 'invalid' | 'unverified' | 'disabled' };

/** Checks an email and password. Every failure looks the same to the caller except an unverified email. */
export async function authenticate(db: Db, email: string, password: string): Promise<AuthenticateResult> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user?.passwordHash) {
    // No password yet: the one from the newest pending sign-up still earns "confirm your email first".
    const pending = user && !user.emailVerified ? await latestUnusedAuthToken(db, { userId: user.id, purpose: 'verify_email', unexpiredAt: new Date() }) : null;
    const matches = await verifyPassword(pending?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !pending?.passwordHash || !matches) return { ok: false, reason: 'invalid' };
    return { ok: false, reason: user.disabledAt ? 'disabled' : 'unverified' };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: 'invalid' };
  if (user.disabledAt) return { ok: false, reason: 'disabled' };
  if (!user.emailVerified) return { ok: false, reason: 'unverified' };
  return { ok: true, user };
}

/** Always succeeds from the caller's view; only an existing, enabled account gets an email. */
export async function requestPasswordReset(db: Db, email: string, meta: RequestMeta) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user || user.disabledAt) return;
  const token = await issueAuthToken(db, { userId: user.id, purpose: 'reset_password' });
  await sendEmail(db, { to: user.email, ...resetPasswordMessage(`${meta.baseUrl}/reset?token=${token}`) });
  await recordAudit(db, { actorType: 'anonymous', actorUserId: user.id, action: 'user.password_reset_requested', targetType: 'user', targetId: user.id, ip: meta.ip, requestId: meta.requestId });
}

/** Sets a new password from a reset link and ends every existing session of the account. */
export async function resetPassword(db: Db, input: z.infer<typeof resetPasswordSchema>, meta: Omit<RequestMeta, 'baseUrl'> = {}) {
  const row = await consumeAuthToken(db, { token: input.token, purpose: 'reset_password' });
  if (!row) throw new AppError('bad_request', 'This reset link is invalid or has expired. Ask for a new one.');
  const now = new Date();
  // Following a reset link proves the mailbox, so it also verifies the email.
  await db.update(users).set({ passwordHash: await hashPassword(input.password), sessionsValidAfter: now, emailVerified: now, updatedAt: now }).where(eq(users.id, row.userId));
  await revokeAuthTokens(db, { userId: row.userId, purposes: ['reset_password', 'change_email'], now });
  await recordAudit(db, { actorType: 'user', actorUserId: row.userId, action: 'user.password_reset', targetType: 'user', targetId: row.userId, ip: meta.ip, requestId: meta.requestId });
}

export async function changePassword(db: Db, userId: string, input: z.infer<typeof changePasswordSchema>) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('bad_request', 'Your current password is not correct.', { details: { field: 'currentPassword' } });
  }
  const now = new Date();
  await db.update(users).set({ passwordHash: await hashPassword(input.newPassword), sessionsValidAfter: now, updatedAt: now }).where(eq(users.id, userId));
  await revokeAuthTokens(db, { userId, purposes: ['reset_password', 'change_email'], now });
  await recordAudit(db, { actorType: 'user', actorUserId: userId, action: 'user.password_changed', targetType: 'user', targetId: userId });
}

/**
 * Emails a confirmation link to the new address. An account with a password must give it, so a stolen
 * session alone cannot move the account to another inbox. The answer never says whether the new address
 * has an account: when it does, nothing is sent (confirmEmailChange would refuse it anyway).
 */
export async function requestEmailChange(db: Db, userId: string, input: z.infer<typeof requestEmailChangeSchema>, baseUrl: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('unauthorized', 'Your session has ended. Sign in again.');
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword ?? ''))) {
    throw new AppError('bad_request', 'Your current password is not correct.', { details: { field: 'currentPassword' } });
  }
  const { newEmail } = input;
  const [taken] = await db.select({ id: users.id }).from(users).where(and(eq(users.email, newEmail), ne(users.id, userId)));
  if (!taken) {
    const token = await issueAuthToken(db, { userId, purpose: 'change_email', newEmail });
    await sendEmail(db, { to: newEmail, ...changeEmailMessage(`${baseUrl}/verify?token=${token}&kind=email-change`, newEmail) });
  }
  await recordAudit(db, { actorType: 'user', actorUserId: userId, action: 'user.email_change_requested', targetType: 'user', targetId: userId, metadata: { newEmail, sent: !taken } });
}

/** Moves the account to the confirmed address, tells the old one, and voids every other pending link. */
export async function confirmEmailChange(db: Db, token: string, baseUrl: string) {
  const row = await consumeAuthToken(db, { token, purpose: 'change_email' });
  if (!row?.newEmail) throw new AppError('bad_request', 'This confirmation link is invalid or has expired.');
  const [previous] = await db.select({ email: users.email }).from(users).where(eq(users.id, row.userId));
  const now = new Date();
  try {
    await db.update(users).set({ email: row.newEmail, emailVerified: now, sessionsValidAfter: now, updatedAt: now }).where(eq(users.id, row.userId));
  } catch (error) {
    throw new AppError('conflict', 'That email is already in use by another account.', { cause: error });
  }
  // Links sent before the change (a reset to the old inbox, another pending change) must not outlive it.
  await revokeAuthTokens(db, { userId: row.userId, purposes: ['verify_email', 'reset_password', 'change_email'], now });
  if (previous && previous.email !== row.newEmail) {
    await sendEmail(db, { to: previous.email, ...emailChangedNoticeMessage(row.newEmail, `${baseUrl}/reset`) });
  }
  await recordAudit(db, { actorType: 'user', actorUserId: row.userId, action: 'user.email_changed', targetType: 'user', targetId: row.userId, metadata: { from: previous?.email, to: row.newEmail } });
}

/** "Sign out everywhere": every session token issued before now stops working. */
export async function revokeAllSessions(db: Db, userId: string) {
  await db.update(users).set({ sessionsValidAfter: new Date() }).where(eq(users.id, userId));
  await recordAudit(db, { actorType: 'user', actorUserId: userId, action: 'user.sessions_revoked', targetType: 'user', targetId: userId });
}
