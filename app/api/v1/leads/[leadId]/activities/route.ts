import { idempotentPost } from '@/lib/api/idempotent-post';
import { toApiActivity } from '@/lib/api/serialize';
import { parsePathId } from '@/lib/http/path-id';
import { addActivity, listActivities } from '@/lib/leads/activities';
import { createActivitySchema, listActivitiesQuerySchema } from '@/lib/leads/activity-schemas';
import { getLead } from '@/lib/leads/queries';
import { withOrg } from '@/lib/server/with-org';

type Params = { leadId: string };

// GET /api/v1/leads/{leadId}/activities — the lead's timeline, newest first, keyset-paginated by `cursor`
export const GET = withOrg<Params>(
  async ({ ctx, params, searchParams }) => {
    const leadId = parsePathId(params.leadId, 'Lead');
    const query = listActivitiesQuerySchema.parse(Object.fromEntries(searchParams));
    // The list alone would answer an empty page for another workspace's lead; a 404 is the honest answer.
    await getLead(ctx.db, { orgId: ctx.org.id, leadId });
    const page = await listActivities(ctx.db, { orgId: ctx.org.id, leadId, ...query });
    return Response.json({ items: page.items.map(toApiActivity), nextCursor: page.nextCursor });
  },
  { permission: 'leads.read' },
);

// POST /api/v1/leads/{leadId}/activities — record a note, call, email, form submission or meeting (201)
export const POST = withOrg<Params>(
  async (args) => {
    const leadId = parsePathId(args.params.leadId, 'Lead');
    return idempotentPost(args, async (body) => {
      const input = createActivitySchema.parse(body);
      const activity = await addActivity(args.ctx, { leadId, ...input });
      return Response.json(toApiActivity({ ...activity, actorName: args.ctx.user?.name ?? null }), { status: 201 });
    });
  },
  { permission: 'leads.write' },
);
