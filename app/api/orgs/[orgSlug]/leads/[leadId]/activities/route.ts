import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { listActivities } from '@/lib/leads/activities';
import { listActivitiesQuerySchema } from '@/lib/leads/activity-schemas';
import { getLead } from '@/lib/leads/queries';
import { withOrg } from '@/lib/server/with-org';

// GET /api/orgs/{orgSlug}/leads/{leadId}/activities - one page of a lead's timeline, newest first (the lead page's "Load older")
export const GET = withOrg<{ orgSlug: string; leadId: string }>(
  async ({ ctx, params, searchParams }) => {
    const query = listActivitiesQuerySchema.parse(Object.fromEntries(searchParams));
    // A malformed id cannot name a lead: the same 404 as another workspace's lead.
    if (!z.uuid().safeParse(params.leadId).success) throw new AppError('not_found', 'Lead not found.');
    await getLead(ctx.db, { orgId: ctx.org.id, leadId: params.leadId });
    return Response.json(await listActivities(ctx.db, { orgId: ctx.org.id, leadId: params.leadId, ...query }));
  },
  { permission: 'leads.read' },
);
