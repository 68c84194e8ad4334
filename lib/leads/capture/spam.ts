/** People need a few seconds to fill in even a one-field form; scripts post at once. */
export const MIN_FILL_MS = 2_500;
/** Client clocks drift; a start further in the future than this was made up. */
export const MAX_CLOCK_SKEW_MS = 60_000;

export type SpamReason = 'honeypot' | 'too_fast' | 'bad_timestamp';
export type SpamVerdict = { spam: false } | { spam: true; reason: SpamReason };

type JudgeInput = {
  /** The hidden `website` input: people never see it, so any value came from a bot. */
  honeypot?: string | null;
  startedAt?: number | null;
  now: Date;
  /** Our own forms always send `_started`; only the public API lets integrations leave it out. */
  requireStarted?: boolean;
};

/**
 * Decides whether a submission is spam from the hidden fields alone. Spam is answered like a real
 * submission by the callers, so a bot learns nothing from the response.
 */
export function judgeSubmission({ honeypot, startedAt, now, requireStarted = false }: JudgeInput): SpamVerdict {
  if (honeypot && honeypot.trim() !== '') return { spam: true, reason: 'honeypot' };
  if (startedAt === null || startedAt === undefined) return requireStarted ? { spam: true, reason: 'bad_timestamp' } : { spam: false };
  if (!Number.isFinite(startedAt) || startedAt <= 0) return { spam: true, reason: 'bad_timestamp' };
  const elapsed = now.getTime() - startedAt;
  if (elapsed < -MAX_CLOCK_SKEW_MS) return { spam: true, reason: 'bad_timestamp' };
  // A start slightly ahead of our clock is drift, not speed: only a measurable, too short fill counts.
  if (elapsed >= 0 && elapsed < MIN_FILL_MS) return { spam: true, reason: 'too_fast' };
  return { spam: false };
}
