import { buildOpenApiDocument } from '@/lib/api/openapi';
import { route } from '@/lib/http/route';

let document: string | undefined;

// GET /api/v1/openapi.json — the OpenAPI 3.1 document of the REST API (public, cacheable)
export const GET = route(async () => {
  // The document depends only on the code (and the rate limit setting): build it once per process.
  document ??= JSON.stringify(buildOpenApiDocument());
  return new Response(document, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=300',
      // Public and credential-free, so API tools on other origins (Postman, codegen) may fetch it.
      'access-control-allow-origin': '*',
    },
  });
});
