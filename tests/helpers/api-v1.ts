import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '@/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { createDefaultStages, listStages } from '@/lib/leads/stages';
import { API_KEY_SCOPES } from '@/lib/orgs/permissions';
import { createTestOrg, createTestUser, ctxFor } from './factories';

// Calls /api/v1 route handlers the way Next.js does, authenticated with an API key.
// Method syntax makes the parameter bivariant, so handlers typed with their own params ({ leadId }) fit.
export type RouteHandler = { handle(request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> }['handle'];

type CallOptions = {
  path: string;
  method?: string;
  params?: Record<string, string>;
  secret?: string;
  /** An object is sent as JSON; a string is sent as it is (malformed bodies). */
  body?: unknown;
  headers?: Record<string, string>;
};

export function callApi(handler: RouteHandler, { path, method = 'GET', params = {}, secret, body, headers = {} }: CallOptions) {
  const init: RequestInit = {
    method,
    headers: { ...(secret ? { authorization: `Bearer ${secret}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
  };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  return handler(new Request(`http://beacon.test${path}`, init), { params: Promise.resolve(params) });
}

/** A workspace with its default stages and an API key holding every scope (or the ones given). */
export async function createApiWorkspace(db: Db, scopes: (typeof API_KEY_SCOPES)[number][] = [...API_KEY_SCOPES]) {
  const owner = await createTestUser(db, { name: 'API Owner' });
  const org = await createTestOrg(db, owner);
  const ctx = ctxFor(db, org, owner, 'owner');
  await createDefaultStages(db, org.id);
  const stages = await listStages(db, { orgId: org.id });
  const { key, secret } = await createApiKey(ctx, { name: 'test key', scopes });
  return { owner, org, ctx, stages, key, secret };
}

const V1_DIR = path.resolve(import.meta.dirname, '../../app/api/v1');

/** Every method exported by a route file under app/api/v1, as "METHOD /path" with `[leadId]` → `{leadId}`. */
export function v1RouteMethods(): string[] {
  const files = readdirSync(V1_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => path.basename(file) === 'route.ts');
  return files.flatMap((file) => {
    const route = `/${path.dirname(file).split(path.sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
    const source = readFileSync(path.join(V1_DIR, file), 'utf8');
    return [...source.matchAll(/^export const (GET|POST|PUT|PATCH|DELETE)\b/gm)].map(([, method]) => `${method} ${route}`);
  });
}
