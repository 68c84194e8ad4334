import { withOrg } from '@/lib/server/with-org';

// GET /api/v1/org - the workspace the API key belongs to (a cheap way to check a key works)
export const GET = withOrg(
  async ({ ctx }) =>
    Response.json({
      id: ctx.org.id,
      name: ctx.org.name,
      slug: ctx.org.slug,
      plan: ctx.org.plan,
      key: ctx.apiKey ? { id: ctx.apiKey.id, scopes: ctx.apiKey.scopes } : null,
    }),
  { permission: 'org.read' },
);
