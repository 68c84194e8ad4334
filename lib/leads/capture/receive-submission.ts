import type { Db } from '@/db';
import { recordAnalyticsEvent } from '@/lib/analytics/record-event';
import { log } from '@/lib/log';
import type { EmailProvider } from '@/lib/providers/email';
import { captureLead, type CaptureLeadInput, type CaptureResult } from './capture-lead';
import { judgeSubmission, type SpamReason } from './spam';

export type ReceiveSubmissionInput = CaptureLeadInput & {
  protection: { honeypot: string; startedAt: number | null };
  /** True for Beacon's own forms, which always send `_started`. */
  requireStarted?: boolean;
};

export type ReceiveSubmissionResult = { spam: true; reason: SpamReason } | ({ spam: false } & CaptureResult);

/**
 * Judges a submission by its hidden fields, then captures it or only counts it as spam. Spam keeps no
 * submitted content: the analytics event holds the form and the reason, nothing the bot typed.
 */
export async function receiveSubmission(db: Db, input: ReceiveSubmissionInput, options: { emailProvider?: EmailProvider } = {}): Promise<ReceiveSubmissionResult> {
  const { protection, requireStarted, ...capture } = input;
  const now = capture.meta.now ?? new Date();
  const verdict = judgeSubmission({ honeypot: protection.honeypot, startedAt: protection.startedAt, now, requireStarted });
  if (verdict.spam) {
    try {
      await recordAnalyticsEvent(db, { orgId: input.orgId, type: 'form_spam', formId: input.form?.id ?? undefined, props: { reason: verdict.reason } });
    } catch (error) {
      log.error({ err: error, orgId: input.orgId, formId: input.form?.id }, 'could not count a spam submission');
    }
    return verdict;
  }
  const result = await captureLead(db, { ...capture, meta: { ...capture.meta, now } }, options);
  return { spam: false, ...result };
}
