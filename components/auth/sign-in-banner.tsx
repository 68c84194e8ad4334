import { AuthNotice } from './auth-notice';

// Auth.js sends failed OAuth and email-link sign-ins back to /sign-in?error=<type>.
const AUTH_ERRORS: Record<string, string> = {
  Verification: 'That sign-in link is invalid, was already used or has expired. Ask for a new one.',
  OAuthAccountNotLinked: 'This email already has an account with another sign-in method. Sign in the way you did before.',
  AccessDenied: 'Sign-in was refused. If you think this is wrong, contact your administrator.',
  Configuration: 'Sign-in is not available right now. Try again later.',
  CredentialsSignin: 'Email or password is incorrect.',
};
const DEFAULT_ERROR = 'Sign-in did not work. Try again.';

export type SignInBannerParams = { checkEmail?: boolean; verified?: boolean; reset?: boolean; error?: string };

/** The one message a redirect to /sign-in carries in its query (`?check-email=1`, `?verified=1`, …). */
export function SignInBanner({ checkEmail, verified, reset, error }: SignInBannerParams) {
  if (error) return <AuthNotice tone="error">{AUTH_ERRORS[error] ?? DEFAULT_ERROR}</AuthNotice>;
  if (verified) return <AuthNotice tone="success">Your email is confirmed. Sign in to continue.</AuthNotice>;
  if (reset) return <AuthNotice tone="success">Your password was changed. Sign in with your new password.</AuthNotice>;
  if (checkEmail) return <AuthNotice>Check your email: we sent you a sign-in link.</AuthNotice>;
  return null;
}
