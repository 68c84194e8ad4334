// The hidden fields every form sends next to the visitor's values (`website`, `_started`, `landingPage`,
// `referrer`): they decide spam and attribution and are never stored with the submission's data.

export type SubmissionProtection = {
  honeypot: string;
  /** Epoch ms when the form was shown; null when not sent (integrations), NaN when unreadable. */
  startedAt: number | null;
  landingPage: string | null;
  referrer: string | null;
};

const text = (value: unknown, max: number) => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : null);

/**
 * Reads the hidden fields leniently and splits them from the values. Garbage here is a spam signal, not a
 * validation error: a 422 would tell a bot which field gave it away.
 */
export function splitProtection(body: Record<string, unknown>): { values: Record<string, unknown>; protection: SubmissionProtection } {
  const { website, _started, landingPage, referrer, ...rest } = body;
  // JSON integrations send null for "no value"; forms leave the key out. Both mean the same here.
  const values = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null));
  let startedAt: number | null = null;
  if (_started !== undefined && _started !== null && _started !== '') startedAt = typeof _started === 'number' ? _started : Number(_started);
  return {
    values,
    protection: {
      honeypot: typeof website === 'string' ? website : website === undefined || website === null ? '' : String(website),
      startedAt,
      landingPage: text(landingPage, 2_000),
      referrer: text(referrer, 2_000),
    },
  };
}
