import { z } from 'zod';
import { listLeads } from '@/lib/leads/queries';
import { withOrg } from '@/lib/server/with-org';

const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'Type part of a name or email.').max(200),
  limit: z.coerce.number().int().min(1).max(10).default(10),
});

// GET /api/orgs/{orgSlug}/leads/search?q= - up to 10 leads of the workspace matching a name, email, company or phone fragment
export const GET = withOrg<{ orgSlug: string }>(
  async ({ ctx, searchParams }) => {
    const { q, limit } = searchQuerySchema.parse(Object.fromEntries(searchParams));
    const { items } = await listLeads(ctx.db, { orgId: ctx.org.id, q, limit, sort: 'name_asc' });
    return Response.json({ items });
  },
  { permission: 'leads.read' },
);
