import { idempotentPost } from '@/lib/api/idempotent-post';
import { toApiLead } from '@/lib/api/serialize';
import { createLead } from '@/lib/leads/create-lead';
import { emitLeadCreated } from '@/lib/leads/pipeline/emit-lead-created';
import { listLeads } from '@/lib/leads/queries';
import { createLeadSchema, listLeadsQuerySchema } from '@/lib/leads/schemas';
import { withOrg } from '@/lib/server/with-org';

// GET /api/v1/leads — list leads with the lead list's filters and sorts, keyset-paginated by `cursor`
export const GET = withOrg(
  async ({ ctx, searchParams }) => {
    const query = listLeadsQuerySchema.parse(Object.fromEntries(searchParams));
    const page = await listLeads(ctx.db, { orgId: ctx.org.id, ...query });
    return Response.json({ items: page.items.map(toApiLead), nextCursor: page.nextCursor });
  },
  { permission: 'leads.read' },
);

// POST /api/v1/leads — create a lead (201); an email already in the workspace updates that lead instead (200)
export const POST = withOrg(
  async (args) =>
    idempotentPost(args, async (body) => {
      const input = createLeadSchema.parse(body);
      const { lead, created } = await createLead(args.ctx.db, { orgId: args.ctx.org.id, input });
      // A lead the email matched was updated, not created: it does not go through the pipeline again.
      // The owner is not told about a lead they created themselves: no member for an API key, the member for a session.
      if (created) await emitLeadCreated(args.ctx.db, lead, args.ctx.user?.id ?? null);
      return Response.json({ created, lead: toApiLead(lead) }, { status: created ? 201 : 200 });
    }),
  { permission: 'leads.write' },
);
