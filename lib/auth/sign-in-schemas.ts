import { z } from 'zod';
import { emailSchema, PASSWORD_MAX } from './password-policy';

// Shared by the sign-in forms, the server actions and the password route, so client and server agree.
const callbackUrlField = z.string().max(2048).optional();

export const passwordSignInSchema = z.object({
  email: emailSchema,
  // No strength rules here: old passwords that predate the policy must still sign in.
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX, 'Email or password is incorrect.'),
  callbackUrl: callbackUrlField,
});
export type PasswordSignInInput = z.infer<typeof passwordSignInSchema>;

export const magicLinkSchema = z.object({ email: emailSchema, callbackUrl: callbackUrlField });

export const OAUTH_PROVIDER_IDS = ['google', 'github'] as const;
export const oauthSignInSchema = z.object({ provider: z.enum(OAUTH_PROVIDER_IDS), callbackUrl: callbackUrlField });

export const resendVerificationSchema = z.object({ email: emailSchema });

/** What the password route answers; the sign-in form recognises the unverified case to offer a new link. */
export const SIGN_IN_MESSAGES = {
  invalid: 'Email or password is incorrect.',
  unverified: 'Confirm your email first — we sent you a link.',
} as const;
