import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { eq } from 'drizzle-orm';
import NextAuth from 'next-auth';
import { getDb } from '@/db';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { isSessionStillValid } from '@/lib/auth/session-validity';
import { authConfig } from './auth.config';
import { buildProviders } from './providers';

// Lazy configuration: the database is opened on the first request, never at import (builds need none).
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  adapter: DrizzleAdapter(getDb(), { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
  providers: buildProviders(),
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.signedInAt = Math.floor(Date.now() / 1000);
        return token;
      }
      // Every request re-checks the account: "sign out everywhere", a password change or a disabled account
      // end sessions at once, although the token itself is stateless. Returning null drops the session.
      if (!token.sub) return null;
      const issuedAt = typeof token.signedInAt === 'number' ? token.signedInAt : undefined;
      return (await isSessionStillValid(getDb(), token.sub, issuedAt)) ? token : null;
    },
  },
  events: {
    async signIn({ user, account }) {
      if (!user.id) return;
      const db = getDb();
      // A magic link or an OAuth provider has just proven the address.
      if (account && account.provider !== 'password') {
        await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
      }
      await recordAudit(db, { actorType: 'user', actorUserId: user.id, action: 'user.signed_in', metadata: { provider: account?.provider } });
    },
    async signOut(message) {
      const userId = 'token' in message ? message.token?.sub : undefined;
      if (userId) await recordAudit(getDb(), { actorType: 'user', actorUserId: userId, action: 'user.signed_out' });
    },
  },
}));
