import type { Db } from '@/db';
import { consumeLimit } from '@/lib/rate-limit/limits';

/**
 * Counts one submission against the visitor's allowance for this form and the form's overall allowance;
 * throws rate_limited (429, with retryAfterSeconds) past either. `formKey` is the form id, or "contact".
 */
export async function limitSubmission(db: Db, { formKey, ip }: { formKey: string; ip: string }) {
  await consumeLimit(db, 'form-submit-ip', `${formKey}:${ip}`);
  await consumeLimit(db, 'form-submit-form', formKey);
}
