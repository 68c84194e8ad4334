import { AppError } from '@/lib/errors';
import { MAX_IMPORT_BYTES } from '@/lib/leads/import/csv';
import { createImport, listImports } from '@/lib/leads/import/imports';
import { withOrg } from '@/lib/server/with-org';

// Room for the multipart boundaries and headers around a file of the maximum size.
const MULTIPART_SLACK = 64 * 1024;

function tooLarge() {
  return new AppError('payload_too_large', 'The file is larger than 50 MB. Split it into smaller files and import them one by one.', { details: { field: 'file' } });
}

// POST /api/orgs/{orgSlug}/imports - upload a CSV file (multipart field "file"); answers the stored import with its columns, first rows and a suggested mapping
export const POST = withOrg<{ orgSlug: string }>(
  async ({ request, ctx }) => {
    // Refuse an oversized upload from its declared length before reading 50+ MB into memory.
    const declared = Number(request.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES + MULTIPART_SLACK) throw tooLarge();
    let form: FormData;
    try {
      form = await request.formData();
    } catch (error) {
      throw new AppError('bad_request', 'Send the CSV file as multipart/form-data in a field named "file".', { cause: error, details: { field: 'file' } });
    }
    const file = form.get('file');
    if (!(file instanceof File)) throw new AppError('bad_request', 'Choose a CSV file to upload.', { details: { field: 'file' } });
    if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
    const result = await createImport(ctx, { fileName: file.name, file: Buffer.from(await file.arrayBuffer()) });
    return Response.json(result, { status: 201 });
  },
  { permission: 'leads.write' },
);

// GET /api/orgs/{orgSlug}/imports - the workspace's ten most recent imports, newest first
export const GET = withOrg<{ orgSlug: string }>(
  async ({ ctx }) => Response.json({ items: await listImports(ctx.db, { orgId: ctx.org.id }) }),
  { permission: 'leads.read' },
);
