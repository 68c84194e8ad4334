import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { leadForms } from '@/db/schema';
import { parseAttribution, stripQuery } from './attribution';
import type { CollectEventInput } from './collect-schema';
import { getHouseOrgId } from './house-org';
import { recordAnalyticsEvent } from './record-event';

export type CollectOutcome = 'stored' | 'no_house_org' | 'foreign_page' | 'unknown_form';

// Crawlers and audit tools load pages too; counting them would inflate every number.
const BOT_USER_AGENT = /bot|crawler|spider|headless|lighthouse/i;

export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  return !!userAgent && BOT_USER_AGENT.test(userAgent);
}

/**
 * The rate-limit key for a client IP. Hashed so this endpoint, which promises to store no IPs, does not
 * leave raw addresses in the rate-limit table either (those rows only live for the minute's window).
 */
export function analyticsLimitKey(ip: string): string {
  return createHash('sha256').update(`analytics:${ip}`).digest('hex');
}

/**
 * This site's origin as the browser sees it. The request's own origin guesses its scheme when no proxy
 * says it (x-forwarded-proto), so a page URL on the same host is trusted for the scheme; null when the
 * page is on another host.
 */
function browserOrigin(pageUrl: string, requestOrigin: string): string | null {
  try {
    const page = new URL(pageUrl);
    return page.host === new URL(requestOrigin).host ? page.origin : null;
  } catch {
    return null;
  }
}

/** The workspace of an active form. A public lookup by id: the form id is what its public page is keyed by. */
async function getActiveFormOrgId(db: Db, formId: string): Promise<string | null> {
  const [form] = await db
    .select({ orgId: leadForms.orgId })
    .from(leadForms)
    .where(and(eq(leadForms.id, formId), eq(leadForms.isActive, true)))
    .limit(1);
  return form?.orgId ?? null;
}

/**
 * Stores a browser's page or form view in the workspace it belongs to: page views in the house workspace
 * (only for pages of this site), form views in the form's workspace. Anything that does not belong is
 * dropped quietly so the beacon answer never tells a caller whether a form or workspace exists.
 */
export async function collectEvent(
  db: Db,
  { event, selfOrigin, houseOrgSlug }: { event: CollectEventInput; selfOrigin: string; houseOrgSlug: string },
): Promise<CollectOutcome> {
  const ownOrigin = browserOrigin(event.url, selfOrigin);
  let orgId: string | null;
  if (event.type === 'page_view') {
    // A beacon claiming another site's URL would let anyone pad our numbers with made-up pages.
    if (!ownOrigin) return 'foreign_page';
    orgId = await getHouseOrgId(db, houseOrgSlug);
    if (!orgId) return 'no_house_org';
  } else {
    orgId = await getActiveFormOrgId(db, event.formId);
    if (!orgId) return 'unknown_form';
  }

  const attribution = parseAttribution({ url: event.url, referrer: event.referrer, selfOrigin: ownOrigin ?? selfOrigin });
  await recordAnalyticsEvent(db, {
    orgId,
    type: event.type,
    // The query is left out of the stored path: it may carry personal data, and UTM has its own columns.
    path: attribution.landingPage ? stripQuery(attribution.landingPage) : null,
    referrer: attribution.referrer,
    utm: attribution.utm,
    formId: event.type === 'form_view' ? event.formId : null,
  });
  return 'stored';
}
