import { stringify } from 'csv-stringify/sync';
import { guardFormula } from '@/lib/leads/export/export-leads';
import { getImport } from '@/lib/leads/import/imports';
import { withOrg } from '@/lib/server/with-org';

// GET /api/orgs/{orgSlug}/imports/{importId}/errors.csv - the import's error report (row, column, error) as a CSV download
export const GET = withOrg<{ orgSlug: string; importId: string }>(
  async ({ ctx, params }) => {
    const found = await getImport(ctx.db, { orgId: ctx.org.id, importId: params.importId });
    // Column names and messages quote the uploaded file, so they get the same formula guard as exports.
    const rows = found.errors.map((error) => [error.row, guardFormula(error.column), guardFormula(error.message)]);
    const csv = `\uFEFF${stringify([['Row', 'Column', 'Error'], ...rows])}`;
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="import-errors-${found.id.slice(0, 8)}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
  { permission: 'leads.read' },
);
