import type { Executor } from '@/db';
import { analyticsEvents } from '@/db/schema';
import type { AnalyticsEventType, Attribution } from '@/db/schema/values';
import { MAX_LANDING_PAGE_CHARS, MAX_REFERRER_CHARS, MAX_UTM_CHARS } from './attribution';

export type RecordAnalyticsEventInput = {
  orgId: string;
  type: AnalyticsEventType;
  path?: string | null;
  referrer?: string | null;
  utm?: Attribution['utm'] | null;
  formId?: string | null;
  props?: Record<string, unknown>;
  occurredAt?: Date;
};

const clip = (value: string | null | undefined, max: number) => (value ? value.slice(0, max) : null);

/**
 * Stores one event. Deliberately takes no IP, user agent or visitor id: the table holds what happened
 * where, never who did it. Values are clipped again because callers may pass attribution a browser built.
 */
export async function recordAnalyticsEvent(db: Executor, input: RecordAnalyticsEventInput): Promise<void> {
  const utm = input.utm ?? {};
  await db.insert(analyticsEvents).values({
    orgId: input.orgId,
    type: input.type,
    path: clip(input.path, MAX_LANDING_PAGE_CHARS),
    referrer: clip(input.referrer, MAX_REFERRER_CHARS),
    utmSource: clip(utm.source, MAX_UTM_CHARS),
    utmMedium: clip(utm.medium, MAX_UTM_CHARS),
    utmCampaign: clip(utm.campaign, MAX_UTM_CHARS),
    utmTerm: clip(utm.term, MAX_UTM_CHARS),
    utmContent: clip(utm.content, MAX_UTM_CHARS),
    formId: input.formId ?? null,
    props: input.props ?? {},
    ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
  });
}
