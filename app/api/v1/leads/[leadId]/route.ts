import { toApiLead, toApiLeadDetail } from '@/lib/api/serialize';
import { readJsonBody } from '@/lib/http/json-body';
import { parsePathId } from '@/lib/http/path-id';
import { getLeadDetail } from '@/lib/leads/queries';
import { updateLeadSchema } from '@/lib/leads/schemas';
import { deleteLead, updateLead } from '@/lib/leads/update-lead';
import { withOrg } from '@/lib/server/with-org';

type Params = { leadId: string };

// GET /api/v1/leads/{leadId} — one lead with its stage and owner names
export const GET = withOrg<Params>(
  async ({ ctx, params }) => {
    const leadId = parsePathId(params.leadId, 'Lead');
    return Response.json(toApiLeadDetail(await getLeadDetail(ctx.db, { orgId: ctx.org.id, leadId })));
  },
  { permission: 'leads.read' },
);

// PATCH /api/v1/leads/{leadId} — update the fields sent; null or "" clears a field, a stage change lands on the timeline
export const PATCH = withOrg<Params>(
  async ({ request, ctx, params }) => {
    const leadId = parsePathId(params.leadId, 'Lead');
    const patch = updateLeadSchema.parse(await readJsonBody(request));
    return Response.json(toApiLead(await updateLead(ctx, { leadId, patch })));
  },
  { permission: 'leads.write' },
);

// DELETE /api/v1/leads/{leadId} — delete a lead with its timeline (204)
export const DELETE = withOrg<Params>(
  async ({ ctx, params }) => {
    await deleteLead(ctx, { leadId: parsePathId(params.leadId, 'Lead') });
    return new Response(null, { status: 204 });
  },
  { permission: 'leads.write' },
);
