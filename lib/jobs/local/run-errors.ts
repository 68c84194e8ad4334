import type { z } from 'zod';
import { isAppError } from '@/lib/errors';
import { DEFAULT_BACKOFF, type RetryPolicy } from '../types';

const MAX_ERROR_LENGTH = 2_000;
const STACK_LINES_KEPT = 5;

/**
 * The delay before the next attempt: baseMs · 2^(attempt − 1), capped at maxMs, with ±10% jitter so runs that
 * failed together (a database blip) do not all retry in the same instant.
 */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const { baseMs, maxMs } = policy.backoff ?? DEFAULT_BACKOFF;
  const delay = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (0.9 + random() * 0.2));
}

function truncate(text: string): string {
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/** The error as stored on the run for staff: an AppError's safe message, else the message and the top of the stack. */
export function describeError(error: unknown): string {
  if (isAppError(error)) return truncate(`${error.code}: ${error.message}`);
  if (error instanceof Error) {
    const stack = (error.stack ?? '').split('\n').slice(1, 1 + STACK_LINES_KEPT).map((line) => line.trim());
    return truncate([`${error.name}: ${error.message}`, ...stack].join('\n'));
  }
  return truncate(String(error));
}

/** A payload's validation failure, one `field: problem` per issue. */
export function describeInvalidPayload(error: z.ZodError): string {
  const fields = error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
  return truncate(`Invalid payload: ${fields.join('; ')}`);
}
