import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { formSubmissions, leads } from '@/db/schema';
import type { Attribution } from '@/db/schema/values';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import type { ListFormSubmissionsQuery } from './form-schemas';
import { getForm } from './forms';

export type FormSubmissionItem = {
  id: string;
  leadId: string;
  leadName: string;
  leadEmail: string | null;
  createdLead: boolean;
  attribution: Attribution;
  createdAt: Date;
};

/**
 * One form's accepted submissions, newest first, keyset-paginated on (created_at, id), each with the lead
 * it created or updated. Throws not_found for a form outside the workspace.
 */
export async function listFormSubmissions(
  db: Executor,
  { orgId, formId, cursor, limit }: ListFormSubmissionsQuery & { orgId: string; formId: string },
): Promise<{ items: FormSubmissionItem[]; nextCursor: string | null }> {
  await getForm(db, { orgId, formId });
  const where = [eq(formSubmissions.orgId, orgId), eq(formSubmissions.formId, formId)];
  if (cursor) where.push(olderThan(decodeCursor(cursor), formSubmissions.createdAt, formSubmissions.id));
  const rows = await db
    .select({
      id: formSubmissions.id,
      leadId: formSubmissions.leadId,
      leadName: leads.name,
      leadEmail: leads.email,
      createdLead: formSubmissions.createdLead,
      attribution: formSubmissions.attribution,
      createdAt: formSubmissions.createdAt,
      cursorAt: cursorTime(formSubmissions.createdAt),
    })
    .from(formSubmissions)
    // Both sides in the same workspace: the join never reaches another tenant's lead.
    .innerJoin(leads, and(eq(leads.id, formSubmissions.leadId), eq(leads.orgId, orgId)))
    .where(and(...where))
    .orderBy(desc(formSubmissions.createdAt), desc(formSubmissions.id))
    .limit(limit + 1);
  return toPage(rows, limit);
}
