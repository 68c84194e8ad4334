import { exportLeadsCsv } from '@/lib/leads/export/export-leads';
import { exportLeadsQuerySchema } from '@/lib/leads/export/export-schemas';
import { withOrg } from '@/lib/server/with-org';

// GET /api/orgs/{orgSlug}/leads/export?…filter&sort&columns= - the leads matching the list's filter as a streamed CSV download
export const GET = withOrg<{ orgSlug: string }>(
  async ({ ctx, searchParams }) => {
    const query = exportLeadsQuerySchema.parse(Object.fromEntries(searchParams));
    const stream = await exportLeadsCsv(ctx, query);
    const date = ctx.now.toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="leads-${ctx.org.slug}-${date}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
  { permission: 'leads.read' },
);
