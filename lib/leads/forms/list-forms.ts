import { desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leadForms } from '@/db/schema';
import { listFormStats, type FormStats } from './form-stats';

export type FormListItem = FormStats & {
  id: string;
  name: string;
  title: string;
  isActive: boolean;
  createdAt: Date;
};

/** Every form of the workspace, newest first, with its funnel (lib/leads/forms/form-stats.ts). */
export async function listForms(db: Executor, { orgId }: { orgId: string }): Promise<FormListItem[]> {
  const forms = await db
    .select({ id: leadForms.id, name: leadForms.name, title: leadForms.title, isActive: leadForms.isActive, createdAt: leadForms.createdAt })
    .from(leadForms)
    .where(eq(leadForms.orgId, orgId))
    .orderBy(desc(leadForms.createdAt), desc(leadForms.id));
  if (forms.length === 0) return [];
  const stats = await listFormStats(db, { orgId, formIds: forms.map((form) => form.id) });
  return forms.map((form) => ({ ...form, ...stats.get(form.id)! }));
}
