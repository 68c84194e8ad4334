import { and, asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db';
import { savedViews } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { LEAD_LIST_COLUMNS } from './columns';
import { listLeadsQuerySchema } from './schemas';

const MAX_VIEWS = 30;

// A view stores the list's URL state as strings (what the page reads back), checked by the list's own schema.
const viewQuerySchema = z
  .record(z.string().max(40), z.string().max(400))
  .refine((query) => listLeadsQuerySchema.omit({ cursor: true }).safeParse(query).success, { message: 'The view has invalid filters.' });

export const saveViewSchema = z.object({
  name: z.string().trim().min(1, 'Name the view.').max(60),
  query: viewQuerySchema,
  columns: z.array(z.enum(LEAD_LIST_COLUMNS)).max(LEAD_LIST_COLUMNS.length).optional(),
});
export type SaveViewInput = z.infer<typeof saveViewSchema>;

export async function listSavedViews(db: Executor, { orgId, userId }: { orgId: string; userId: string }) {
  return db.select().from(savedViews).where(and(eq(savedViews.orgId, orgId), eq(savedViews.userId, userId))).orderBy(asc(savedViews.name));
}

/** Saved views belong to the user who saved them, in one workspace. */
export async function saveView(ctx: Ctx, input: SaveViewInput) {
  if (!ctx.user) throw new AppError('forbidden', 'Only people can save views.');
  const [{ total }] = (await ctx.db.select({ total: count() }).from(savedViews).where(and(eq(savedViews.orgId, ctx.org.id), eq(savedViews.userId, ctx.user.id)))) as [{ total: number }];
  if (total >= MAX_VIEWS) throw new AppError('bad_request', `You can keep at most ${MAX_VIEWS} saved views.`);
  const { cursor: _cursor, ...query } = input.query;
  const [view] = await ctx.db
    .insert(savedViews)
    .values({ orgId: ctx.org.id, userId: ctx.user.id, name: input.name, state: { query, columns: input.columns } })
    .returning();
  return view!;
}

export async function deleteSavedView(ctx: Ctx, { viewId }: { viewId: string }) {
  if (!ctx.user) throw new AppError('forbidden', 'Only people can delete views.');
  const [deleted] = await ctx.db
    .delete(savedViews)
    .where(and(eq(savedViews.id, viewId), eq(savedViews.orgId, ctx.org.id), eq(savedViews.userId, ctx.user.id)))
    .returning({ id: savedViews.id });
  if (!deleted) throw new AppError('not_found', 'View not found.');
  return deleted;
}
