import { and, count, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '@/db';
import { formSubmissions } from '@/db/schema';
import { formEventCounts } from '@/lib/analytics/counts';

/** A form's funnel: views, accepted submissions, blocked spam, conversion and the latest submission. */
export type FormStats = {
  views: number;
  submissions: number;
  spam: number;
  /** submissions / views, or null before the first view (no rate to speak of). */
  conversionRate: number | null;
  lastSubmissionAt: Date | null;
};

export function conversionRate(views: number, submissions: number): number | null {
  return views > 0 ? submissions / views : null;
}

/**
 * The funnel of each form, keyed by id (zeros for forms with no activity). Submissions are counted from the
 * stored rows, which are the record of what was accepted (a lost analytics insert must not hide one), via
 * the (org_id, form_id, created_at) index; views and spam exist only as analytics events.
 */
export async function listFormStats(db: Executor, { orgId, formIds }: { orgId: string; formIds: string[] }): Promise<Map<string, FormStats>> {
  const ids = [...new Set(formIds)];
  if (ids.length === 0) return new Map();
  const [events, submitted] = await Promise.all([
    formEventCounts(db, { orgId, formIds: ids }),
    db
      .select({ formId: formSubmissions.formId, total: count(), lastAt: max(formSubmissions.createdAt) })
      .from(formSubmissions)
      .where(and(eq(formSubmissions.orgId, orgId), inArray(formSubmissions.formId, ids)))
      .groupBy(formSubmissions.formId),
  ]);
  const submittedByForm = new Map(submitted.map((row) => [row.formId, row]));
  return new Map(
    ids.map((id) => {
      const { views = 0, spam = 0 } = events.get(id) ?? {};
      const submissions = submittedByForm.get(id)?.total ?? 0;
      const stats: FormStats = { views, submissions, spam, conversionRate: conversionRate(views, submissions), lastSubmissionAt: submittedByForm.get(id)?.lastAt ?? null };
      return [id, stats];
    }),
  );
}

/** One form's funnel; the caller has already checked the form belongs to the workspace. */
export async function getFormStats(db: Executor, { orgId, formId }: { orgId: string; formId: string }): Promise<FormStats> {
  const stats = await listFormStats(db, { orgId, formIds: [formId] });
  return stats.get(formId)!;
}
