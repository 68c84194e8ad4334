import { and, desc, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '@/db';
import { formSubmissions, leadForms } from '@/db/schema';
import { formEventCounts } from '@/lib/analytics/counts';

/** submissions / views, or null before the first view (no rate to speak of). */
export function conversionRate(views: number, submissions: number): number | null {
  return views > 0 ? submissions / views : null;
}

export type FormListItem = {
  id: string;
  name: string;
  title: string;
  isActive: boolean;
  createdAt: Date;
  views: number;
  submissions: number;
  spam: number;
  /** submissions / views, or null before the first view (no rate to speak of). */
  conversionRate: number | null;
  lastSubmissionAt: Date | null;
};

/**
 * Every form of the workspace, newest first, with its funnel: views and spam come from analytics events,
 * submissions too (so the three share one source and time range), the last submission from stored rows.
 */
export async function listForms(db: Executor, { orgId }: { orgId: string }): Promise<FormListItem[]> {
  const forms = await db
    .select({ id: leadForms.id, name: leadForms.name, title: leadForms.title, isActive: leadForms.isActive, createdAt: leadForms.createdAt })
    .from(leadForms)
    .where(eq(leadForms.orgId, orgId))
    .orderBy(desc(leadForms.createdAt), desc(leadForms.id));
  if (forms.length === 0) return [];
  const formIds = forms.map((form) => form.id);
  const [counts, lastRows] = await Promise.all([
    formEventCounts(db, { orgId, formIds }),
    db
      .select({ formId: formSubmissions.formId, lastAt: max(formSubmissions.createdAt) })
      .from(formSubmissions)
      .where(and(eq(formSubmissions.orgId, orgId), inArray(formSubmissions.formId, formIds)))
      .groupBy(formSubmissions.formId),
  ]);
  const lastByForm = new Map(lastRows.map((row) => [row.formId, row.lastAt]));
  return forms.map((form) => {
    const { views = 0, submissions = 0, spam = 0 } = counts.get(form.id) ?? {};
    return {
      ...form,
      views,
      submissions,
      spam,
      conversionRate: conversionRate(views, submissions),
      lastSubmissionAt: lastByForm.get(form.id) ?? null,
    };
  });
}
