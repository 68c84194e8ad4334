import type { Db } from '@/db';
import type { Attribution } from '@/db/schema/values';
import { recordAnalyticsEvent } from '@/lib/analytics/record-event';
import { appBaseUrl } from '@/lib/app-url';
import { sendEmail } from '@/lib/email/send-email';
import { emit } from '@/lib/jobs/events';
import { log } from '@/lib/log';
import type { EmailProvider } from '@/lib/providers/email';
import { submissionNotification } from './notification-email';

export type CapturedSubmission = {
  org: { id: string; slug: string };
  formId: string | null;
  formName: string;
  leadId: string;
  created: boolean;
  source: string;
  lead: { name: string; email: string };
  fields: { label: string; value: string }[];
  attribution: Attribution;
  origin?: string | null;
  notifyEmails: string[];
};

/**
 * What follows a committed submission: the analytics count, the lead event and the notification emails.
 * The lead is stored by now, so each step's failure is logged and never fails the visitor's request.
 */
export async function afterCapture(db: Db, captured: CapturedSubmission, provider?: EmailProvider) {
  const { org, attribution } = captured;
  await logFailure('analytics event', captured, () =>
    recordAnalyticsEvent(db, {
      orgId: org.id,
      type: 'form_submission',
      formId: captured.formId ?? undefined,
      path: attribution.landingPage,
      referrer: attribution.referrer,
      utm: attribution.utm,
      props: { created: captured.created, ...(captured.origin ? { origin: captured.origin.slice(0, 200) } : {}) },
    }),
  );
  // A visitor created the lead, not a member: whoever it is routed to hears about it.
  await logFailure('lead event', captured, () =>
    captured.created
      ? emit(db, 'lead/created', { orgId: org.id, leadId: captured.leadId, source: captured.source, createdById: null })
      : emit(db, 'lead/updated', { orgId: org.id, leadId: captured.leadId, source: captured.source }),
  );
  const message = submissionNotification({
    formName: captured.formName,
    lead: captured.lead,
    fields: captured.fields,
    leadUrl: `${appBaseUrl()}/app/${org.slug}/leads/${captured.leadId}`,
    created: captured.created,
    isContactForm: captured.formId === null,
  });
  // One message per address, sent side by side so the visitor's request waits for the slowest one, not
  // the sum; allSettled so one bad address does not cost the others theirs. Each keeps its own outbox row.
  const recipients = [...new Set(captured.notifyEmails)];
  const sent = await Promise.allSettled(recipients.map((to) => sendEmail(db, { to, ...message }, provider)));
  for (const outcome of sent) {
    if (outcome.status === 'rejected') logError('notification email', captured, outcome.reason);
  }
}

function logError(step: string, captured: CapturedSubmission, error: unknown) {
  log.error({ err: error, orgId: captured.org.id, formId: captured.formId, leadId: captured.leadId, step }, 'form submission follow-up failed');
}

async function logFailure(step: string, captured: CapturedSubmission, run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    logError(step, captured, error);
  }
}
