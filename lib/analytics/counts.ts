import { and, count, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { analyticsEvents } from '@/db/schema';

/**
 * What analytics events count for a form: views and blocked spam. Accepted submissions are not here: the
 * stored form_submissions rows are their record (lib/leads/forms/form-stats.ts).
 */
export type FormEventCounts = { views: number; spam: number };

const COUNT_KEY = { form_view: 'views', form_spam: 'spam' } as const;
const FORM_EVENT_TYPES = Object.keys(COUNT_KEY) as (keyof typeof COUNT_KEY)[];

/** Views and spam per form, in one grouped query; forms with no events get zeros. */
export async function formEventCounts(
  db: Executor,
  { orgId, formIds }: { orgId: string; formIds: string[] },
): Promise<Map<string, FormEventCounts>> {
  const counts = new Map<string, FormEventCounts>(formIds.map((id) => [id, { views: 0, spam: 0 }]));
  if (formIds.length === 0) return counts;
  const rows = await db
    .select({ formId: analyticsEvents.formId, type: analyticsEvents.type, total: count() })
    .from(analyticsEvents)
    .where(
      and(
        eq(analyticsEvents.orgId, orgId),
        inArray(analyticsEvents.formId, [...new Set(formIds)]),
        inArray(analyticsEvents.type, FORM_EVENT_TYPES),
      ),
    )
    .groupBy(analyticsEvents.formId, analyticsEvents.type);
  for (const row of rows) {
    const entry = row.formId ? counts.get(row.formId) : undefined;
    if (entry && (row.type === 'form_view' || row.type === 'form_spam')) entry[COUNT_KEY[row.type]] = row.total;
  }
  return counts;
}

export type SiteEventCounts = { pageViews: number; topPaths: { path: string; views: number }[] };

/** Page views since a moment, in total and for the most viewed paths (query strings ignored). */
export async function siteEventCounts(
  db: Executor,
  { orgId, since, limit = 10 }: { orgId: string; since: Date; limit?: number },
): Promise<SiteEventCounts> {
  const scope = and(eq(analyticsEvents.orgId, orgId), eq(analyticsEvents.type, 'page_view'), gte(analyticsEvents.occurredAt, since));
  // Older rows or other writers may have kept a query string; group by the path alone either way.
  const path = sql<string>`split_part(${analyticsEvents.path}, '?', 1)`;
  const [totals, topPaths] = await Promise.all([
    db.select({ total: count() }).from(analyticsEvents).where(scope),
    db
      .select({ path, views: count() })
      .from(analyticsEvents)
      .where(and(scope, isNotNull(analyticsEvents.path)))
      .groupBy(path)
      .orderBy(desc(count()), path)
      .limit(limit),
  ]);
  return { pageViews: totals[0]?.total ?? 0, topPaths };
}
