import type { NextAuthConfig } from 'next-auth';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * The edge-safe half of the Auth.js configuration: no providers, no database. Anything that must stay
 * importable without a database connection (the proxy) uses only this.
 */
export const authConfig = {
  // Trusting the Host header is safe only when a fixed public URL overrides it, or in development.
  trustHost: process.env.NODE_ENV !== 'production' || !!(process.env.AUTH_URL ?? process.env.APP_URL),
  pages: { signIn: '/sign-in', error: '/sign-in', verifyRequest: '/sign-in?check-email=1' },
  // JWT sessions (Credentials requires them): short-lived and refreshed while in use; revocation is the
  // per-user sessions_valid_after check in auth.ts.
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (token.account) session.account = token.account;
      return session;
    },
  },
} satisfies NextAuthConfig;
