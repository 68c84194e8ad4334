import type { ActionEmailProps } from './templates/action-email';

type AccountEmail = { subject: string; tag: string; props: ActionEmailProps };

const IGNORE = 'If you did not ask for this, you can ignore this email.';

export function verifyEmailMessage(url: string): AccountEmail {
  return {
    subject: 'Confirm your email for Beacon',
    tag: 'auth.verify_email',
    props: {
      preview: 'Confirm your email address to finish signing up.',
      heading: 'Confirm your email',
      paragraphs: ['Thanks for signing up for Beacon. Confirm your email address to finish. The link works for 24 hours.'],
      action: { label: 'Confirm email', url },
      footnote: 'If you did not sign up, ignore this email; no account is created without this confirmation.',
    },
  };
}

export function resetPasswordMessage(url: string): AccountEmail {
  return {
    subject: 'Reset your Beacon password',
    tag: 'auth.reset_password',
    props: {
      preview: 'A link to choose a new password.',
      heading: 'Reset your password',
      paragraphs: ['Someone asked to reset the password of your Beacon account. The link works once, for one hour.'],
      action: { label: 'Choose a new password', url },
      footnote: `${IGNORE} Your password stays as it is.`,
    },
  };
}

export function magicLinkMessage(url: string): AccountEmail {
  return {
    subject: 'Your Beacon sign-in link',
    tag: 'auth.magic_link',
    props: {
      preview: 'Sign in to Beacon with one click.',
      heading: 'Sign in to Beacon',
      paragraphs: ['Use this link to sign in. It works once, for 10 minutes.'],
      action: { label: 'Sign in', url },
      footnote: IGNORE,
    },
  };
}

export function changeEmailMessage(url: string, newEmail: string): AccountEmail {
  return {
    subject: 'Confirm your new email for Beacon',
    tag: 'auth.change_email',
    props: {
      preview: 'Confirm the new address for your Beacon account.',
      heading: 'Confirm your new email',
      paragraphs: [`Confirm ${newEmail} as the new email of your Beacon account. The link works once, for 24 hours.`],
      action: { label: 'Confirm new email', url },
      footnote: `${IGNORE} Your email stays as it is.`,
    },
  };
}

/** Sent to the old address once a change is confirmed, so a takeover through a stolen session is noticed. */
export function emailChangedNoticeMessage(newEmail: string, resetUrl: string): AccountEmail {
  return {
    subject: 'Your Beacon email was changed',
    tag: 'auth.email_changed',
    props: {
      preview: `Your Beacon account now uses ${newEmail}.`,
      heading: 'Your Beacon email was changed',
      paragraphs: [`The email of your Beacon account was changed to ${newEmail}. Sign-in and account emails now use that address.`],
      action: { label: "If this wasn't you, reset your password", url: resetUrl },
      footnote: 'If you made this change, you can ignore this email.',
    },
  };
}

export function inviteMessage(url: string, orgName: string, inviterName: string, role: string): AccountEmail {
  return {
    subject: `${inviterName} invited you to ${orgName} on Beacon`,
    tag: 'orgs.invite',
    props: {
      preview: `Join ${orgName} on Beacon.`,
      heading: `Join ${orgName}`,
      paragraphs: [`${inviterName} invited you to the ${orgName} workspace on Beacon as ${role}. The invitation works for 7 days.`],
      action: { label: 'Accept invitation', url },
      footnote: 'If you were not expecting this invitation, you can ignore this email.',
    },
  };
}
